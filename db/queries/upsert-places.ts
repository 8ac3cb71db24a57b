import { sql } from "drizzle-orm";

import type { PlaceKind } from "@/lib/places/vocabulary";

import type { Executor } from "../client";

export interface PlaceRow {
  key: string;
  name: string;
  kind: PlaceKind;
  detail?: string | null;
  /** normalizePlaceName(name); unaccent is applied here. */
  search: string;
  lat: number;
  lon: number;
  source: string;
}

// Upserted by key, in one statement.
export async function upsertPlaces(db: Executor, rows: readonly PlaceRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const json = JSON.stringify(rows.map((r) => ({ ...r, detail: r.detail ?? null })));
  await db.execute(sql`
    INSERT INTO places (key, name, kind, detail, search, point, source)
    SELECT key, name, kind, detail, unaccent(search), ST_SetSRID(ST_MakePoint(lon, lat), 4326), source
    FROM jsonb_to_recordset(${json}::jsonb) AS x(key text, name text, kind text, detail text, search text,
      lat float8, lon float8, source text)
    ON CONFLICT (key) DO UPDATE SET
      name = EXCLUDED.name, kind = EXCLUDED.kind, detail = EXCLUDED.detail, search = EXCLUDED.search,
      point = EXCLUDED.point, source = EXCLUDED.source, updated_at = now()`);
  return rows.length;
}

export interface NamedPoint {
  key: string;
  name: string;
  kind: "kota" | "kecamatan" | "kelurahan" | "station" | "camera";
  detail: string | null;
  lat: number;
  lon: number;
}

/** The areas (land only), stations and cameras not generated, as places. */
export async function listNamedPoints(db: Executor): Promise<NamedPoint[]> {
  const { rows } = await db.execute<NamedPoint & Record<string, unknown>>(sql`
    SELECT level || ':' || code AS key, name, level AS kind, NULL AS detail, ST_Y(point) AS lat, ST_X(point) AS lon
    FROM areas WHERE NOT is_water
    UNION ALL
    SELECT 'station:' || code, name, 'station', kind, ST_Y(location), ST_X(location) FROM stations
    UNION ALL
    SELECT 'camera:' || external_id, name, 'camera', NULL, ST_Y(location), ST_X(location)
    FROM cameras WHERE NOT generated`);
  return rows;
}
