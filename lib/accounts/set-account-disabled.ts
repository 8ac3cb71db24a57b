import type { Db } from "@/db";
import { deleteAccountSessions, setAccountBanned } from "@/db/queries/accounts";
import { ApiError } from "@/lib/api/api-error";
import { type CurrentUser, forgetUser } from "@/lib/auth/current-user";
import { commitChange } from "@/lib/events/commit-change";
import type { AccountDisabledInput } from "@/lib/validations/admin";

import { accountOrNotFound } from "./account-ref";

// Disabled is better-auth's ban: sign-in refuses it, every session ends now, and its API
// tokens stop answering (the console's user check refuses a banned account).
export async function setAccountDisabled(db: Db, actor: CurrentUser, input: AccountDisabledInput) {
  if (input.userId === actor.id) throw new ApiError(409, "conflict", "You may not disable your own account.");
  const { result } = await commitChange(db, async (tx) => {
    const row = await accountOrNotFound(tx, input.userId);
    if (Boolean(row.banned) === input.disabled)
      throw new ApiError(409, "unchanged", `${row.email} is already ${input.disabled ? "disabled" : "enabled"}.`);
    await setAccountBanned(tx, row.id, input.disabled);
    if (input.disabled) await deleteAccountSessions(tx, row.id);
    const payload = { userId: row.id, email: row.email };
    return {
      result: { ...payload, disabled: input.disabled },
      events: [{ type: input.disabled ? "audit.user_disabled" : "audit.user_enabled", actorId: actor.id, payload }],
    };
  });
  forgetUser(input.userId);
  return result;
}
