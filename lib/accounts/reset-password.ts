import type { Db } from "@/db";
import { deleteAccountSessions, setCredentialPassword } from "@/db/queries/accounts";
import { ApiError } from "@/lib/api/api-error";
import { getAuth } from "@/lib/auth/auth";
import type { CurrentUser } from "@/lib/auth/current-user";
import { commitChange } from "@/lib/events/commit-change";
import type { ResetPasswordInput } from "@/lib/validations/admin";

import { accountOrNotFound } from "./account-ref";

// Hashed by better-auth's own hasher (what its sign-in verifies), before the transaction: a
// hash takes tens of milliseconds that no row need stay locked for. Whoever knew the old
// password is signed out everywhere.
export async function resetPassword(db: Db, actor: CurrentUser, input: ResetPasswordInput) {
  const hash = await (await getAuth().$context).password.hash(input.password);
  const { result } = await commitChange(db, async (tx) => {
    const row = await accountOrNotFound(tx, input.userId);
    if (!(await setCredentialPassword(tx, row.id, hash)))
      throw new ApiError(409, "conflict", `${row.email} signs in without a password.`);
    await deleteAccountSessions(tx, row.id);
    const payload = { userId: row.id, email: row.email };
    return { result: payload, events: [{ type: "audit.password_reset", actorId: actor.id, payload }] };
  });
  return result;
}
