import { getDb } from "@/db";
import { bindUserToStation, findStationIdByCode } from "@/db/queries/users";
import { type CreateUserInput, createUserSchema } from "@/lib/validations/admin";

import { getAuth } from "./auth";

export { type CreateUserInput, createUserSchema };

/** Makes an account through better-auth's admin plugin, bound to its station for polsek officers. */
export async function createUser(input: CreateUserInput): Promise<{ id: string }> {
  const { email, role, password, stationCode } = createUserSchema.parse(input);
  const stationId = stationCode ? await findStationIdByCode(getDb(), stationCode) : null;
  if (stationCode && stationId === null) throw new Error(`No station with code ${stationCode}.`);
  const { user } = await getAuth().api.createUser({
    body: { email, password, name: input.name ?? email.split("@")[0]!, role },
  });
  if (stationId !== null) await bindUserToStation(getDb(), user.id, stationId);
  return { id: user.id };
}

/** An API token for `Authorization: Bearer`, never shown again. */
export async function createApiToken(userId: string, name = "cli"): Promise<string> {
  const created = await getAuth().api.createApiKey({ body: { userId, name } });
  return created.key;
}
