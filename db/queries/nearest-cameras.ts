import { ne, sql } from "drizzle-orm";

import type { CameraCandidate } from "@/lib/cameras/rank-cameras";

import type { Executor } from "../client";
import { cameras } from "../schema";
import { latLonOf } from "./lat-lon-of";

const nearest = (db: Executor) =>
  db
    .select({
      id: cameras.id,
      name: cameras.name,
      accessMode: cameras.accessMode,
      ownerType: cameras.ownerType,
      health: cameras.health,
      bearingDeg: cameras.bearingDeg,
      fovDeg: cameras.fovDeg,
      rangeM: cameras.rangeM,
      ...latLonOf(cameras.location),
    })
    .from(cameras)
    .where(ne(cameras.installation, "decommissioned"))
    .orderBy(
      sql`${cameras.location} <-> ST_SetSRID(ST_MakePoint(${sql.placeholder("lon")}, ${sql.placeholder("lat")}), 4326)`,
    )
    .limit(sql.placeholder("k"))
    // Named, so that each PostgreSQL connection parses and plans it once: the console's most
    // frequent query (every incident panel, every move of a place). Planning took 0.1 ms of its
    // 0.25 ms in PostgreSQL; from Node, 0.79 ms at the median became 0.67 (a million cameras).
    .prepare("nearest_cameras");

const prepared = new WeakMap<Executor, ReturnType<typeof nearest>>();

// The GiST index's KNN (ORDER BY location <-> point) picks the k nearest; exact metres are
// measured afterwards, in lib/cameras. Decommissioned cameras are left out.
export async function nearestCameras(db: Executor, lat: number, lon: number, k: number): Promise<CameraCandidate[]> {
  let query = prepared.get(db);
  if (!query) prepared.set(db, (query = nearest(db)));
  return query.execute({ lat, lon, k });
}
