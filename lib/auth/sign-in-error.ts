// What the sign-in form says about a refused sign-in, from better-auth's answer: its status,
// its error code, and the seconds its Retry-After header asks to wait.

/** The code the console's own per-account lockout answers with (429). */
export const SIGN_IN_LOCKED = "SIGN_IN_LOCKED";

export type SignInProblem =
  | { key: "invalidOrigin" }
  | { key: "lockedOut"; waitS: number }
  | { key: "slowDown"; waitS: number }
  | { key: "failed" }
  | { key: "unavailable" };

export interface SignInAnswer {
  status: number;
  code?: string | undefined;
  retryAfter?: string | null | undefined;
}

// better-auth refuses a page whose origin is not trusted with 403 INVALID_ORIGIN (or
// MISSING_OR_NULL_ORIGIN when the browser sent "null"); a wrong password is 401.
const originCodes = new Set(["INVALID_ORIGIN", "MISSING_OR_NULL_ORIGIN", "CROSS_SITE_NAVIGATION_LOGIN_BLOCKED"]);

export function signInProblem(answer: SignInAnswer): SignInProblem {
  if (answer.code && originCodes.has(answer.code)) return { key: "invalidOrigin" };
  if (answer.status === 429) {
    const waitS = waitSeconds(answer.retryAfter);
    // Without our code it is better-auth's own limit per client address.
    return answer.code === SIGN_IN_LOCKED ? { key: "lockedOut", waitS } : { key: "slowDown", waitS };
  }
  if (answer.status === 401 || answer.status === 400) return { key: "failed" };
  return { key: "unavailable" };
}

/** Retry-After in seconds (an HTTP date is not sent here); a minute when absent or unreadable. */
export function waitSeconds(retryAfter: string | null | undefined): number {
  const n = Number(retryAfter);
  return Number.isFinite(n) && n > 0 && retryAfter?.trim() !== "" ? Math.ceil(n) : 60;
}

/** The wait as the form says it: whole minutes once it is a minute or more, else seconds. */
export function waitParts(waitS: number): { unit: "minutes" | "seconds"; n: number } {
  return waitS >= 60
    ? { unit: "minutes", n: Math.ceil(waitS / 60) }
    : { unit: "seconds", n: Math.max(1, Math.ceil(waitS)) };
}
