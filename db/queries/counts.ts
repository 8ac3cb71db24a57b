import { sql } from "drizzle-orm";

import type { Executor } from "../client";

export async function tableCounts(db: Executor) {
  const { rows } = await db.execute<{ areas: number; stations: number; cameras: number; incidents: number }>(sql`
    SELECT (SELECT count(*) FROM areas)::int AS areas, (SELECT count(*) FROM stations)::int AS stations,
           (SELECT count(*) FROM cameras)::int AS cameras, (SELECT count(*) FROM incidents)::int AS incidents`);
  return rows[0]!;
}
