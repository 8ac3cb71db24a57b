import { sql } from "drizzle-orm";

import type { CameraCandidate } from "@/lib/cameras/rank-cameras";

import type { Executor } from "../client";

// The GiST index's KNN (ORDER BY location <-> point) picks the k nearest; exact metres are
// measured afterwards, in lib/cameras. Decommissioned cameras are left out.
export async function nearestCameras(db: Executor, lat: number, lon: number, k: number): Promise<CameraCandidate[]> {
  const { rows } = await db.execute<CameraCandidate & Record<string, unknown>>(sql`
    SELECT id, name, access_mode AS "accessMode", owner_type AS "ownerType", health,
           bearing_deg AS "bearingDeg", fov_deg AS "fovDeg", range_m AS "rangeM",
           ST_Y(location) AS lat, ST_X(location) AS lon
    FROM cameras
    WHERE installation <> 'decommissioned'
    ORDER BY location <-> ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)
    LIMIT ${k}`);
  return rows;
}
