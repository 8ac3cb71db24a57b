import type { Db } from "@/db";
import { findStationIdByCode, findUserIdByEmail } from "@/db/queries/users";
import { ApiError } from "@/lib/api/api-error";
import { createUser } from "@/lib/auth/create-user";
import type { CurrentUser } from "@/lib/auth/current-user";
import { commitStatement } from "@/lib/events/commit-change";
import type { CreateUserInput } from "@/lib/validations/admin";

/** An admin makes an account (as the user CLI does), and the trail says who made it. */
export async function createAccount(db: Db, actor: CurrentUser, input: CreateUserInput) {
  if (await findUserIdByEmail(db, input.email))
    throw new ApiError(409, "conflict", `An account with ${input.email} exists already.`);
  if (input.stationCode && (await findStationIdByCode(db, input.stationCode)) === null)
    throw new ApiError(422, "invalid_input", `No station with code ${input.stationCode}.`, {
      stationCode: ["no such station"],
    });
  const { id } = await createUser(input);
  const stationCode = input.stationCode ?? null;
  await commitStatement(db, {
    result: undefined,
    writes: [],
    events: [
      {
        type: "audit.user_created",
        actorId: actor.id,
        payload: { userId: id, email: input.email, role: input.role, stationCode },
      },
    ],
  });
  return { id, email: input.email, role: input.role, stationCode };
}
