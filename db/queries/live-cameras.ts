import { eq, sql } from "drizzle-orm";

import type { CameraSummary } from "@/lib/cameras/camera-summary";
import type { LiveCamera } from "@/lib/cameras/live-camera";

import type { Executor } from "../client";
import { cameras } from "../schema";

/**
 * Cameras that stream to the police, for the camera monitors; stream addresses stay on the server.
 * A monitor bound to a kecamatan or kelurahan (its BPS code) gets that area's cameras first.
 */
export async function listLiveCameras(
  db: Executor,
  limit = 2000,
  areaCode: string | null = null,
): Promise<LiveCamera[]> {
  const inArea = areaCode ? sql`(kecamatan_code = ${areaCode} OR kelurahan_code = ${areaCode})` : sql`false`;
  const { rows } = await db.execute<LiveCamera & Record<string, unknown>>(sql`
    SELECT id, name, ST_Y(location) AS lat, ST_X(location) AS lon, health, provider, owner_name AS "ownerName", ptz,
           ${inArea} AS "inArea"
    FROM cameras WHERE access_mode = 'live' AND installation = 'installed'
    ORDER BY ${areaCode ? sql`${inArea} DESC,` : sql``} health = 'offline', name LIMIT ${limit}`);
  return rows;
}

export async function cameraExists(db: Executor, id: number): Promise<boolean> {
  const { rows } = await db.execute<{ one: number }>(sql`SELECT 1 AS one FROM cameras WHERE id = ${id}`);
  return rows.length > 0;
}

export async function getCameraSummary(db: Executor, id: number): Promise<CameraSummary | null> {
  const { rows } = await db.execute<CameraSummary & Record<string, unknown>>(sql`
    SELECT id, name, ST_Y(location) AS lat, ST_X(location) AS lon, address, owner_type AS "ownerType",
           owner_name AS "ownerName", provider, access_mode AS "accessMode", health AS status,
           to_char(last_seen_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "lastSeenAt",
           retention_days AS "retentionDays", generated, source
    FROM cameras WHERE id = ${id}`);
  return rows[0] ?? null;
}

/** A camera's stream and snapshot addresses, for the console's proxy only: they never leave the server. */
export async function cameraStream(db: Executor, id: number) {
  const [row] = await db
    .select({
      id: cameras.id,
      name: cameras.name,
      accessMode: cameras.accessMode,
      installation: cameras.installation,
      streamUrl: cameras.streamUrl,
      snapshotUrl: cameras.snapshotUrl,
    })
    .from(cameras)
    .where(eq(cameras.id, id));
  return row ?? null;
}
