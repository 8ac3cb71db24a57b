import { sql } from "drizzle-orm";

import type { PointLocation } from "@/lib/geo/point-location";

import type { Executor } from "../client";

type Row = {
  kel_code: string | null;
  kel_name: string | null;
  kec_code: string | null;
  kec_name: string | null;
  kota_code: string | null;
  kota_name: string | null;
  polygons: boolean;
  dist_m: number | null;
  radius_m: number | null;
};

// One indexed query: the kelurahan polygon that covers the point and its kecamatan (on a lake
// or reservoir, which BPS maps as a water area of no kecamatan, the land kelurahan nearest it; the
// kecamatan file's outlines were simplified apart from the kelurahan's, so a point on a small
// island can lie in one and not the other), else the kecamatan polygon (GiST), or,
// before boundaries are imported, the nearest kecamatan point (KNN). A point farther from
// the nearest kecamatan point than twice that kecamatan's radius counts as outside.
export async function locatePoint(db: Executor, lat: number, lon: number): Promise<PointLocation> {
  const { rows } = await db.execute<Row>(sql`
    WITH p AS (SELECT ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326) AS g),
    has AS (SELECT EXISTS (SELECT 1 FROM areas WHERE level = 'kecamatan' AND geom IS NOT NULL) AS polygons)
    SELECT kel.code AS kel_code, kel.name AS kel_name, kec.code AS kec_code, kec.name AS kec_name,
           kota.code AS kota_code, kota.name AS kota_name, has.polygons, kec.dist_m, kec.radius_m
    FROM p CROSS JOIN has
    LEFT JOIN LATERAL (
      (SELECT code, name, parent_code FROM areas
       WHERE level = 'kelurahan' AND geom IS NOT NULL AND NOT is_water AND ST_Covers(geom, p.g) LIMIT 1)
      UNION ALL
      (SELECT code, name, parent_code FROM areas
       WHERE level = 'kelurahan' AND geom IS NOT NULL AND NOT is_water
         AND EXISTS (SELECT 1 FROM areas w
                     WHERE w.level = 'kelurahan' AND w.is_water AND ST_Covers(w.geom, p.g))
       ORDER BY geom <-> p.g LIMIT 1)
      LIMIT 1) kel ON true
    LEFT JOIN LATERAL (
      SELECT code, name, kota_code, ST_Distance(point::geography, p.g::geography) AS dist_m,
             2 * sqrt(coalesce(area_km2, 10) / pi()) * 1000 + 1000 AS radius_m
      FROM areas
      WHERE level = 'kecamatan' AND (code = kel.parent_code OR (kel.code IS NULL
        AND (NOT has.polygons OR (geom IS NOT NULL AND ST_Covers(geom, p.g)))))
      ORDER BY point <-> p.g LIMIT 1) kec ON true
    LEFT JOIN areas kota ON kota.code = kec.kota_code AND kota.level = 'kota'`);
  const r = rows[0]!;
  const method = r.polygons ? "polygon" : "nearest-point";
  const inside = r.kec_code !== null && (r.polygons || (r.dist_m ?? Infinity) <= (r.radius_m ?? 0));
  if (!inside)
    return {
      kelurahan: null,
      kecamatan: null,
      kota: null,
      method,
      insideJakarta: false,
      atSea: false,
      neighbour: null,
    };
  return {
    kelurahan: r.kel_code ? { code: r.kel_code, name: r.kel_name! } : null,
    kecamatan: { code: r.kec_code!, name: r.kec_name! },
    kota: r.kota_code ? { code: r.kota_code, name: r.kota_name! } : null,
    method,
    insideJakarta: true,
    atSea: false,
    neighbour: null,
  };
}

/** The land kelurahan nearest a point (at sea, say), with its kecamatan and kota, or null before boundaries. */
export async function nearestKelurahan(
  db: Executor,
  lat: number,
  lon: number,
): Promise<Pick<PointLocation, "kelurahan" | "kecamatan" | "kota"> | null> {
  const { rows } = await db.execute<Omit<Row, "polygons" | "dist_m" | "radius_m">>(sql`
    WITH p AS (SELECT ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326) AS g)
    SELECT kel.code AS kel_code, kel.name AS kel_name, kec.code AS kec_code, kec.name AS kec_name,
           kota.code AS kota_code, kota.name AS kota_name
    FROM p CROSS JOIN areas kel
    JOIN areas kec ON kec.code = kel.parent_code AND kec.level = 'kecamatan'
    LEFT JOIN areas kota ON kota.code = kec.kota_code AND kota.level = 'kota'
    WHERE kel.level = 'kelurahan' AND NOT kel.is_water AND kel.geom IS NOT NULL
    ORDER BY ST_Distance(kel.geom, p.g) LIMIT 1`);
  const r = rows[0];
  if (!r) return null;
  return {
    kelurahan: { code: r.kel_code!, name: r.kel_name! },
    kecamatan: { code: r.kec_code!, name: r.kec_name! },
    kota: r.kota_code ? { code: r.kota_code, name: r.kota_name! } : null,
  };
}
