import { sql } from "drizzle-orm";

import type { AreaLevel } from "@/lib/geo/vocabulary";

import type { Executor } from "../client";

export interface AreaRow {
  code: string;
  level: AreaLevel;
  name: string;
  parentCode: string | null;
  kotaCode: string;
  isWater?: boolean;
  areaKm2?: number | null;
  /** A point inside the area; taken from the boundary when absent. */
  lat?: number | null;
  lon?: number | null;
  /** GeoJSON Polygon or MultiPolygon. */
  geometry?: unknown;
  source: string;
}

// Upserted by BPS code. A boundary, when given, also yields the point (ST_PointOnSurface)
// and the area in km² unless they were given.
export async function upsertAreas(db: Executor, rows: readonly AreaRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const json = JSON.stringify(
    rows.map((r) => ({
      code: r.code,
      level: r.level,
      name: r.name,
      parent_code: r.parentCode,
      kota_code: r.kotaCode,
      is_water: r.isWater ?? false,
      area_km2: r.areaKm2 ?? null,
      lat: r.lat ?? null,
      lon: r.lon ?? null,
      geometry: r.geometry ? JSON.stringify(r.geometry) : null,
      source: r.source,
    })),
  );
  await db.execute(sql`
    WITH r AS (
      SELECT code, level, name, parent_code, kota_code, is_water, area_km2, lat, lon, source,
        CASE WHEN geometry IS NULL THEN NULL
             ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(geometry), 4326)), 3)) END AS geom
      FROM jsonb_to_recordset(${json}::jsonb) AS x(code text, level text, name text, parent_code text,
        kota_code text, is_water bool, area_km2 real, lat float8, lon float8, geometry text, source text)
    )
    INSERT INTO areas (code, level, name, parent_code, kota_code, is_water, area_km2, point, geom, source)
    SELECT code, level, name, parent_code, kota_code, is_water,
      COALESCE(area_km2, ST_Area(geom::geography) / 1e6),
      COALESCE(CASE WHEN lat IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(lon, lat), 4326) END, ST_PointOnSurface(geom)),
      geom, source
    FROM r
    ON CONFLICT (code) DO UPDATE SET
      level = EXCLUDED.level, name = EXCLUDED.name, parent_code = EXCLUDED.parent_code,
      kota_code = EXCLUDED.kota_code, is_water = EXCLUDED.is_water,
      area_km2 = COALESCE(EXCLUDED.area_km2, areas.area_km2),
      point = CASE WHEN areas.source = 'built-in' AND EXCLUDED.geom IS NOT NULL THEN areas.point ELSE EXCLUDED.point END,
      geom = COALESCE(EXCLUDED.geom, areas.geom), source = EXCLUDED.source, updated_at = now()`);
  return rows.length;
}
