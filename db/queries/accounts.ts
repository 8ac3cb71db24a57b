import { and, asc, eq } from "drizzle-orm";

import type { Executor } from "../client";
import { account, apikey, session, stations, user } from "../schema";

/** Every account for the admin's table, with its station's code. */
export async function listAccounts(db: Executor) {
  return db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      stationCode: stations.code,
      disabled: user.banned,
      createdAt: user.createdAt,
    })
    .from(user)
    .leftJoin(stations, eq(stations.id, user.stationId))
    .orderBy(asc(user.email));
}

/** Every API token's public part (never the key): its id, name, first characters and owner. */
export async function listApiTokens(db: Executor) {
  return db
    .select({
      id: apikey.id,
      userId: apikey.referenceId,
      name: apikey.name,
      start: apikey.start,
      createdAt: apikey.createdAt,
    })
    .from(apikey)
    .orderBy(asc(apikey.createdAt));
}

export async function findApiToken(db: Executor, id: string) {
  const [row] = await db
    .select({ id: apikey.id, userId: apikey.referenceId, name: apikey.name })
    .from(apikey)
    .where(eq(apikey.id, id));
  return row ?? null;
}

export async function deleteApiToken(db: Executor, id: string): Promise<void> {
  await db.delete(apikey).where(eq(apikey.id, id));
}

export async function setAccountRole(
  db: Executor,
  userId: string,
  role: string,
  stationId: number | null,
): Promise<void> {
  await db.update(user).set({ role, stationId, updatedAt: new Date() }).where(eq(user.id, userId));
}

// As better-auth's admin plugin bans: the flag its sign-in hook refuses, and a reason to read.
export async function setAccountBanned(db: Executor, userId: string, banned: boolean): Promise<void> {
  await db
    .update(user)
    .set({ banned, banReason: banned ? "Disabled by an admin" : null, banExpires: null, updatedAt: new Date() })
    .where(eq(user.id, userId));
}

/** Ends every session of the account, on every device. */
export async function deleteAccountSessions(db: Executor, userId: string): Promise<void> {
  await db.delete(session).where(eq(session.userId, userId));
}

/** Sets the password hash of the account's email-and-password login; false when it has none. */
export async function setCredentialPassword(db: Executor, userId: string, hash: string): Promise<boolean> {
  const rows = await db
    .update(account)
    .set({ password: hash, updatedAt: new Date() })
    .where(and(eq(account.userId, userId), eq(account.providerId, "credential")))
    .returning({ id: account.id });
  return rows.length > 0;
}
