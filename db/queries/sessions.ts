import { and, gt, inArray, sql } from "drizzle-orm";

import type { Executor } from "../client";
import { session } from "../schema";

/** Which of these sessions still exist and have not expired (signed out, revoked or idle: gone). */
export async function findLiveSessionIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: session.id })
    .from(session)
    .where(and(inArray(session.id, [...ids]), gt(session.expiresAt, sql`now()`)));
  return new Set(rows.map((r) => r.id));
}
