import type { Executor } from "@/db";
import { findUserById } from "@/db/queries/users";
import { notFound } from "@/lib/api/api-error";

/** The account a change is about, or a 404. */
export async function accountOrNotFound(db: Executor, userId: string) {
  const row = await findUserById(db, userId);
  if (!row) throw notFound(`Account ${userId}`);
  return row;
}
