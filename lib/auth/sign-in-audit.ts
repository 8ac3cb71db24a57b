import type { Db } from "@/db";
import { commitStatement } from "@/lib/events/commit-change";

/** The audit trail's sign-in events; the payload names the account tried, never the password. */
export type SignInEventType = "auth.signed_in" | "auth.sign_in_refused" | "auth.locked_out";

// Appended like every other event (and broadcast), so the supervisor's feed and the replay
// after a reconnect see sign-ins in the one sequence. The actor is the user only once signed
// in: whoever typed a wrong password is not known to be the account's owner.
export async function auditSignIn(
  db: Db,
  type: SignInEventType,
  email: string,
  actorId: string | null = null,
): Promise<void> {
  await commitStatement(db, { result: undefined, events: [{ type, payload: { email }, actorId }], writes: [] });
}
