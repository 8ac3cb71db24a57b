import { sql } from "drizzle-orm";

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

export interface CompactCameras {
  /** [lon, lat, id, flags] per camera; flags bit 1 live, bit 2 offline. */
  points: [number, number, number, number][];
  generated: number;
}

// 100,000 cameras as GeoJSON objects would be ~15 MB; as rows of four numbers about 3 MB.
export async function compactCameras(db: Executor): Promise<CompactCameras> {
  const { rows } = await db.execute<{ points: [number, number, number, number][] | null; generated: number }>(sql`
    SELECT json_agg(json_build_array(round(ST_X(location)::numeric, 5), round(ST_Y(location)::numeric, 5), id,
             (CASE WHEN access_mode = 'live' THEN 1 ELSE 0 END) + (CASE WHEN health = 'offline' THEN 2 ELSE 0 END))) AS points,
           count(*) FILTER (WHERE generated)::int AS generated
    FROM cameras WHERE installation <> 'decommissioned'`);
  return { points: rows[0]?.points ?? [], generated: rows[0]?.generated ?? 0 };
}
