import { and, count, eq, inArray, sql } from "drizzle-orm";

import type { Executor } from "../client";
import { stations, user } from "../schema";

export async function findUserById(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      stationId: user.stationId,
      banned: user.banned,
    })
    .from(user)
    .where(eq(user.id, id));
  return row ?? null;
}

export async function findUserIdByEmail(db: Executor, email: string): Promise<string | null> {
  const [row] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
  return row?.id ?? null;
}

export async function countUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(user);
  return row?.n ?? 0;
}

export async function bindUserToStation(db: Executor, userId: string, stationId: number | null): Promise<void> {
  await db.update(user).set({ stationId, updatedAt: new Date() }).where(eq(user.id, userId));
}

export async function findStationIdByCode(db: Executor, code: string): Promise<number | null> {
  const [row] = await db.select({ id: stations.id }).from(stations).where(eq(stations.code, code));
  return row?.id ?? null;
}

/** Every call-taker's name by id (operators and supervisors, who also take calls). */
export async function callTakerNames(db: Executor): Promise<Record<string, string>> {
  const rows = await db
    .select({ id: user.id, name: user.name })
    .from(user)
    .where(inArray(user.role, ["operator", "supervisor"]));
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

/** The accounts a training session can ring: those that take calls, not banned. */
export async function listTrainees(db: Executor) {
  return db
    .select({ id: user.id, name: user.name, email: user.email, role: user.role })
    .from(user)
    .where(and(inArray(user.role, ["operator", "supervisor"]), sql`${user.banned} IS NOT TRUE`))
    .orderBy(user.name);
}
