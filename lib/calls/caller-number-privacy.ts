import type { Role } from "@/lib/auth/roles";
import type { LoggedEvent } from "@/lib/realtime/events";

/** Roles that handle calls and so may see who rang (UU PDP 27/2022: only those who need it). */
export const callerNumberRoles: readonly Role[] = ["operator", "dispatcher", "supervisor"];

export const maySeeCallerNumber = (role: Role) => callerNumberRoles.includes(role);

/** What stands where a caller's number was, once the retention period has passed. */
export const ANONYMISED_NUMBER = "anonim";

// The country code and the last three digits stay: enough to tell two calls apart on a
// screen, never enough to ring the caller.
export function maskCallerNumber(number: string): string {
  if (number === ANONYMISED_NUMBER) return number;
  const digits = [...number].filter((c) => /\d/.test(c)).length;
  const keepEnd = digits > 6 ? 3 : 0;
  const keepStart = number.startsWith("+") ? 3 : 0;
  let seen = 0;
  return [...number]
    .map((c, i) => {
      if (!/\d/.test(c)) return c;
      seen++;
      return i < keepStart || seen > digits - keepEnd ? c : "•";
    })
    .join("");
}

/** The call as a user of this role may see it. */
export const callForRole = <C extends { callerNumber: string }>(call: C, role: Role): C =>
  maySeeCallerNumber(role) ? call : { ...call, callerNumber: maskCallerNumber(call.callerNumber) };

/** The event as a user of this role may receive it: a call's number masked for those who do not take calls. */
export function eventForRole(event: LoggedEvent, role: Role): LoggedEvent {
  if (maySeeCallerNumber(role) || !("call" in event.payload)) return event;
  const { call } = event.payload;
  // Only the call inside the payload changes; its type stays the event's own.
  const payload = { ...event.payload, call: callForRole(call, role) };
  return { ...event, payload } as LoggedEvent;
}
