import { sql } from "drizzle-orm";

import type { TileCamera, TileCluster } from "@/lib/cameras/encode-camera-tile";
import type { Bounds } from "@/lib/cameras/tile-grid";

import type { Executor } from "../client";

type CellRange = { x0: number; x1: number; y0: number; y1: number };

/**
 * Counts the cameras of every cell from level `finest` down to `coarsest`: the finest level in one
 * pass over the cameras (web-mercator cell of each point), each coarser one from the level below.
 * Runs in the caller's transaction, so tiles read either the old clusters or the new ones.
 */
export async function rebuildCameraClusters(tx: Executor, finest: number, coarsest: number): Promise<void> {
  await tx.execute(sql`DELETE FROM camera_clusters WHERE level >= 0`);
  const n = 2 ** finest;
  await tx.execute(sql`
    INSERT INTO camera_clusters (level, cx, cy, count, live, offline, generated, lon, lat)
    SELECT ${finest}, cx, cy, count(*), count(*) FILTER (WHERE live), count(*) FILTER (WHERE offline),
           count(*) FILTER (WHERE generated), avg(lon), avg(lat)
    FROM (
      SELECT floor((ST_X(location) + 180) / 360 * ${n})::int AS cx,
             floor((0.5 - ln((1 + sin(radians(ST_Y(location)))) / (1 - sin(radians(ST_Y(location))))) / (4 * pi())) * ${n})::int AS cy,
             ST_X(location) AS lon, ST_Y(location) AS lat,
             access_mode = 'live' AS live, health = 'offline' AS offline, generated
      FROM cameras WHERE installation <> 'decommissioned'
    ) c
    GROUP BY cx, cy`);
  for (let level = finest - 1; level >= coarsest; level--) {
    await tx.execute(sql`
      INSERT INTO camera_clusters (level, cx, cy, count, live, offline, generated, lon, lat)
      SELECT ${level}, cx / 2, cy / 2, sum(count), sum(live), sum(offline), sum(generated),
             sum(lon * count) / sum(count), sum(lat * count) / sum(count)
      FROM camera_clusters WHERE level = ${level + 1}
      GROUP BY cx / 2, cy / 2`);
  }
}

/** Whether the clusters are missing while there are cameras to count (a registry loaded before they existed). */
export async function clustersMissing(db: Executor): Promise<boolean> {
  const { rows } = await db.execute<{ missing: boolean }>(sql`
    SELECT NOT EXISTS (SELECT 1 FROM camera_clusters) AND EXISTS (SELECT 1 FROM cameras) AS missing`);
  return rows[0]?.missing ?? false;
}

/** The clusters of `level` in a range of cells, read by the primary key. */
export async function clustersInCells(db: Executor, level: number, r: CellRange): Promise<TileCluster[]> {
  const { rows } = await db.execute<TileCluster & Record<string, unknown>>(sql`
    SELECT lon, lat, count, live, offline FROM camera_clusters
    WHERE level = ${level} AND cx BETWEEN ${r.x0} AND ${r.x1} AND cy BETWEEN ${r.y0} AND ${r.y1}`);
  return rows;
}

/** The cameras inside the bounds: one GiST query. */
export async function camerasInBounds(db: Executor, b: Bounds): Promise<TileCamera[]> {
  const { rows } = await db.execute<TileCamera & Record<string, unknown>>(sql`
    SELECT id, ST_X(location) AS lon, ST_Y(location) AS lat, access_mode = 'live' AS live, health = 'offline' AS offline
    FROM cameras
    WHERE location && ST_MakeEnvelope(${b.west}, ${b.south}, ${b.east}, ${b.north}, 4326)
      AND installation <> 'decommissioned'`);
  return rows;
}
