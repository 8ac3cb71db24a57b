import { sql } from "drizzle-orm";

import type { AreaMatch } from "@/lib/geo/area-match";

import type { Executor } from "../client";

/** Kelurahan and kecamatan whose name contains the text, names that start with it first. */
export async function searchAreas(db: Executor, text: string, limit = 10): Promise<AreaMatch[]> {
  const needle = text.toLowerCase().replace(/[%_\\]/g, "");
  const { rows } = await db.execute<AreaMatch & Record<string, unknown>>(sql`
    SELECT a.code, a.level, a.name, p.name AS "parentName", ST_Y(a.point) AS lat, ST_X(a.point) AS lon
    FROM areas a LEFT JOIN areas p ON p.code = a.parent_code
    WHERE a.level IN ('kelurahan', 'kecamatan') AND NOT a.is_water AND lower(a.name) LIKE ${`%${needle}%`}
    ORDER BY lower(a.name) LIKE ${`${needle}%`} DESC, a.level = 'kelurahan' DESC, a.name
    LIMIT ${limit}`);
  return rows;
}
