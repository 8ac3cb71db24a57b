import { APIError, BASE_ERROR_CODES } from "better-auth";
import { createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
import { z } from "zod";

import { getDb } from "@/db";
import { clearSignInAttempts, takeSignInAttempt } from "@/db/queries/sign-in-attempts";
import { disconnectSessionSockets } from "@/lib/realtime/broadcast";

import { auditSignIn } from "./sign-in-audit";
import { SIGN_IN_LOCKED } from "./sign-in-error";
import { signInRule } from "./sign-in-rule";

const SIGN_IN = "/sign-in/email";
const SIGN_OUT = "/sign-out";
const signInBody = z.object({ email: z.email().transform((e) => e.toLowerCase()) });

// Signing out ends every session of the account, on every device, not only this browser's,
// and closes their sockets at once: a screen left open elsewhere hears nothing more.
async function signOutEverywhere(ctx: Parameters<Parameters<typeof createAuthMiddleware>[0]>[0]) {
  const session = await getSessionFromCtx(ctx).catch(() => null);
  if (!session) return;
  await ctx.context.internalAdapter.deleteUserSessions(session.user.id);
  disconnectSessionSockets(session.user.id);
}

// Before the password is looked at: count the attempt against the account, atomically.
const before = createAuthMiddleware(async (ctx) => {
  if (ctx.path === SIGN_OUT) return signOutEverywhere(ctx);
  if (ctx.path !== SIGN_IN) return;
  const body = signInBody.safeParse(ctx.body);
  if (!body.success) return; // better-auth answers a malformed email without checking anything
  // better-auth checks the page's origin only after this hook; refusing it here first, with
  // its own answer, keeps a page at an unlisted address from spending the account's attempts.
  const origin = ctx.headers?.get("origin") || ctx.headers?.get("referer");
  if (origin && origin !== "null" && !ctx.context.isTrustedOrigin(origin, { allowRelativePaths: false })) {
    throw APIError.from("FORBIDDEN", BASE_ERROR_CODES.INVALID_ORIGIN);
  }
  const attempt = await takeSignInAttempt(getDb(), body.data.email, signInRule);
  if (attempt.allowed) return;
  if (attempt.lockedNow) await auditSignIn(getDb(), "auth.locked_out", body.data.email);
  const wait = String(attempt.retryAfterS);
  throw new APIError(
    "TOO_MANY_REQUESTS",
    { code: SIGN_IN_LOCKED, message: `Too many sign-in attempts for this account; try again in ${wait} s.` },
    { "Retry-After": wait, "X-Retry-After": wait },
  );
});

// After: audit the outcome; a success also forgets the account's earlier failures.
const after = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SIGN_IN) return;
  const body = signInBody.safeParse(ctx.body);
  if (!body.success) return;
  const signedIn = ctx.context.newSession;
  if (signedIn) {
    await clearSignInAttempts(getDb(), body.data.email);
    await auditSignIn(getDb(), "auth.signed_in", body.data.email, signedIn.user.id);
    return;
  }
  const returned = ctx.context.returned;
  if (isAPIError(returned) && returned.body?.code === BASE_ERROR_CODES.INVALID_EMAIL_OR_PASSWORD.code) {
    await auditSignIn(getDb(), "auth.sign_in_refused", body.data.email);
  }
});

export const signInHooks = { before, after };
