import type { Db } from "@/db";
import { setAccountRole } from "@/db/queries/accounts";
import { findStationIdByCode } from "@/db/queries/users";
import { ApiError } from "@/lib/api/api-error";
import { type CurrentUser, forgetUser } from "@/lib/auth/current-user";
import { commitChange } from "@/lib/events/commit-change";
import type { UpdateAccountInput } from "@/lib/validations/admin";

import { accountOrNotFound } from "./account-ref";

/** Sets an account's role and station: a polsek officer's station, nobody else's. */
export async function updateAccount(db: Db, actor: CurrentUser, input: UpdateAccountInput) {
  // The last word on accounts stays with an admin: none may take it from themselves.
  if (input.userId === actor.id && input.role !== "admin")
    throw new ApiError(409, "conflict", "You may not change your own role.");
  const stationCode = input.role === "polsek" ? input.stationCode : null;
  const stationId = stationCode ? await findStationIdByCode(db, stationCode) : null;
  if (stationCode && stationId === null)
    throw new ApiError(422, "invalid_input", `No station with code ${stationCode}.`, {
      stationCode: ["no such station"],
    });
  const { result } = await commitChange(db, async (tx) => {
    const row = await accountOrNotFound(tx, input.userId);
    await setAccountRole(tx, row.id, input.role, stationId);
    const payload = { userId: row.id, email: row.email, role: input.role, stationCode };
    return { result: payload, events: [{ type: "audit.user_updated", actorId: actor.id, payload }] };
  });
  forgetUser(input.userId);
  return result;
}
