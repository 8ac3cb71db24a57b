import { sql } from "drizzle-orm";

import type { Executor } from "../client";

export interface MonitorArea {
  code: string;
  name: string;
  level: "kecamatan" | "kelurahan";
}

/** The kecamatan or kelurahan a monitor is bound to, if any. */
export async function monitorArea(db: Executor, userId: string): Promise<MonitorArea | null> {
  const { rows } = await db.execute<MonitorArea & Record<string, unknown>>(sql`
    SELECT a.code, a.name, a.level FROM monitor_areas m JOIN areas a ON a.code = m.area_code
    WHERE m.user_id = ${userId}`);
  return rows[0] ?? null;
}

/** Binds the monitor to a kecamatan or kelurahan, or (null) to none; false when there is no such area. */
export async function setMonitorArea(db: Executor, userId: string, areaCode: string | null): Promise<boolean> {
  if (areaCode === null) {
    await db.execute(sql`DELETE FROM monitor_areas WHERE user_id = ${userId}`);
    return true;
  }
  const { rows } = await db.execute(sql`
    INSERT INTO monitor_areas (user_id, area_code)
    SELECT ${userId}, code FROM areas WHERE code = ${areaCode} AND level IN ('kecamatan', 'kelurahan')
    ON CONFLICT (user_id) DO UPDATE SET area_code = EXCLUDED.area_code
    RETURNING area_code`);
  return rows.length > 0;
}

/** Kecamatan and their kelurahan, for the monitor's choice. */
export async function bindableAreas(db: Executor): Promise<MonitorArea[]> {
  const { rows } = await db.execute<MonitorArea & Record<string, unknown>>(sql`
    SELECT code, name, level FROM areas WHERE level IN ('kecamatan', 'kelurahan') AND NOT is_water
    ORDER BY coalesce(parent_code, code), level, name`);
  return rows;
}
