import { and, eq, isNull, sql } from "drizzle-orm";

import type { Executor } from "../client";
import { idempotencyKeys } from "../schema";

export const IDEMPOTENCY_KEY_HOURS = 24;

export interface StoredRequest {
  fingerprint: string;
  /** null while the first request with this key is still in flight. */
  status: number | null;
  body: string | null;
}

const expired = sql`${idempotencyKeys.createdAt} < now() - make_interval(hours => ${IDEMPOTENCY_KEY_HOURS})`;
const theKey = (userId: string, key: string) => and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));

/** Takes the key for this request (true), or leaves it to the request that took it first (false). */
export async function claimIdempotencyKey(db: Executor, userId: string, key: string, fingerprint: string) {
  await db.delete(idempotencyKeys).where(and(theKey(userId, key), expired));
  const taken = await db
    .insert(idempotencyKeys)
    .values({ userId, key, fingerprint })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return taken.length === 1;
}

export async function storedRequest(db: Executor, userId: string, key: string): Promise<StoredRequest | null> {
  const [row] = await db
    .select({ fingerprint: idempotencyKeys.fingerprint, status: idempotencyKeys.status, body: idempotencyKeys.body })
    .from(idempotencyKeys)
    .where(theKey(userId, key));
  return row ?? null;
}

export async function storeAnswer(db: Executor, userId: string, key: string, status: number, body: string) {
  await db.update(idempotencyKeys).set({ status, body }).where(theKey(userId, key));
}

/** The request failed and changed nothing: a retry with the key may try again. */
export async function releaseIdempotencyKey(db: Executor, userId: string, key: string) {
  await db.delete(idempotencyKeys).where(and(theKey(userId, key), isNull(idempotencyKeys.status)));
}

export async function deleteExpiredIdempotencyKeys(db: Executor): Promise<number> {
  const gone = await db.delete(idempotencyKeys).where(expired).returning({ key: idempotencyKeys.key });
  return gone.length;
}
