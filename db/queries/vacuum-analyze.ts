import { sql } from "drizzle-orm";

import type { Db } from "../client";

/**
 * After a bulk load: fresh statistics for the planner, hint bits set and the visibility map
 * written, so that neither the first readers nor autovacuum pay for the load later.
 * Outside any transaction, as VACUUM must be.
 */
export async function vacuumAnalyze(db: Db, tables: readonly string[]): Promise<void> {
  for (const table of tables) await db.execute(sql`VACUUM ANALYZE ${sql.identifier(table)}`);
}
