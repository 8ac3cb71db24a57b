import { sql } from "drizzle-orm";

import type { AreaLevel } from "@/lib/geo/vocabulary";

import type { Executor } from "../client";

type AreaFeatures = { type: "FeatureCollection"; features: Record<string, unknown>[] };

/** Kota and kecamatan as one GeoJSON FeatureCollection: boundaries where imported, else points. */
export async function areaFeatures(db: Executor): Promise<AreaFeatures> {
  const { rows } = await db.execute<{ fc: AreaFeatures }>(sql`
    SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
      'type', 'Feature',
      'geometry', ST_AsGeoJSON(coalesce(geom, point), 5)::json,
      'properties', json_build_object('code', code, 'name', name, 'level', level, 'hasBoundary', geom IS NOT NULL)
    )), '[]'::json)) AS fc
    FROM areas WHERE level IN ('kota', 'kecamatan')`);
  return rows[0]?.fc ?? { type: "FeatureCollection", features: [] };
}

export interface AreaLabels {
  type: "FeatureCollection";
  features: {
    type: "Feature";
    geometry: { type: "Point"; coordinates: [number, number] };
    properties: { code: string; name: string; level: AreaLevel; parent: string | null; kota: string | null };
  }[];
}

/**
 * A label point for every land kota, kecamatan and kelurahan, as GeoJSON points: a point inside its
 * boundary (ST_PointOnSurface: the middle of its widest crossing, never outside it as a centroid of
 * a bent kelurahan can be), or the area's own point where no boundary is imported. The parent's
 * and the kota's names go with each, for its popup. (The centre of the largest inscribed circle
 * reads better but costs half a second for the 317 areas on PostgreSQL, each time.)
 */
export async function areaLabelFeatures(db: Executor): Promise<AreaLabels> {
  const { rows } = await db.execute<{ fc: AreaLabels }>(sql`
    SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
      'type', 'Feature',
      'geometry', ST_AsGeoJSON(label, 5)::json,
      'properties', json_build_object('code', code, 'name', name, 'level', level, 'parent', parent, 'kota', kota)
    ) ORDER BY code), '[]'::json)) AS fc
    FROM (
      SELECT a.code, a.name, a.level, p.name AS parent, k.name AS kota,
        coalesce(ST_PointOnSurface(a.geom), a.point) AS label
      FROM areas a
      LEFT JOIN areas p ON p.code = a.parent_code
      LEFT JOIN areas k ON k.code = a.kota_code AND a.level <> 'kota'
      WHERE NOT a.is_water
    ) labels`);
  return rows[0]?.fc ?? { type: "FeatureCollection", features: [] };
}

export interface CameraMapSummary {
  count: number;
  live: number;
  offline: number;
  generated: number;
}

/**
 * How many cameras the map's tiles draw, for its legend: summed from the tiles' own clusters at
 * their coarsest level (a few rows), since counting a million cameras held up the map's first
 * draw. Before the clusters are first counted, the cameras themselves.
 */
export async function cameraMapSummary(db: Executor): Promise<CameraMapSummary> {
  const clustered = await db.execute<CameraMapSummary & Record<string, unknown>>(sql`
    SELECT sum(count)::int AS count, sum(live)::int AS live, sum(offline)::int AS offline, sum(generated)::int AS generated
    FROM camera_clusters WHERE level = (SELECT min(level) FROM camera_clusters)
    HAVING count(*) > 0`);
  if (clustered.rows[0]) return clustered.rows[0];
  const { rows } = await db.execute<CameraMapSummary & Record<string, unknown>>(sql`
    SELECT count(*)::int AS count, count(*) FILTER (WHERE access_mode = 'live')::int AS live,
           count(*) FILTER (WHERE health = 'offline')::int AS offline, count(*) FILTER (WHERE generated)::int AS generated
    FROM cameras WHERE installation <> 'decommissioned'`);
  return rows[0] ?? { count: 0, live: 0, offline: 0, generated: 0 };
}
