import { sql } from "drizzle-orm";

import type { ViewedFrom } from "@/lib/cameras/view-cone";
import type { AreaCoverage } from "@/lib/coverage/area-coverage";
import type { CellArea, CellCoverage, CoverageArea } from "@/lib/coverage/coverage-grid";

import type { Executor } from "../client";

/** Land kelurahan with their boundaries, as GeoJSON coordinates (a Polygon becomes one MultiPolygon part). */
export async function coverageAreas(db: Executor): Promise<CoverageArea[]> {
  const { rows } = await db.execute<CoverageArea & Record<string, unknown>>(sql`
    SELECT code, parent_code AS "kecamatanCode", kota_code AS "kotaCode",
           (ST_AsGeoJSON(ST_Multi(geom), 6)::json)->'coordinates' AS polygons
    FROM areas WHERE level = 'kelurahan' AND geom IS NOT NULL AND NOT is_water AND parent_code IS NOT NULL`);
  return rows;
}

/** Every installed camera's place and view, as flat rows. */
export async function coverageCameras(db: Executor): Promise<ViewedFrom[]> {
  const { rows } = await db.execute<ViewedFrom & Record<string, unknown>>(sql`
    SELECT ST_Y(location) AS lat, ST_X(location) AS lon, bearing_deg AS "bearingDeg", fov_deg AS "fovDeg",
           range_m AS "rangeM"
    FROM cameras WHERE installation = 'installed'`);
  return rows;
}

/** Replaces the whole grid in one transaction's statements: readers see the old grid or the new one. */
export async function replaceCoverageCells(
  tx: Executor,
  cells: ReadonlyMap<string, CellArea>,
  coverage: ReadonlyMap<string, CellCoverage>,
): Promise<void> {
  await tx.execute(sql`DELETE FROM coverage_cells WHERE h3 IS NOT NULL`);
  const all = [...cells].map(([h3, a]) => ({
    h: h3,
    l: a.kelurahanCode,
    k: a.kecamatanCode,
    o: a.kotaCode,
    s: coverage.get(h3)?.seenShare ?? 0,
    c: coverage.get(h3)?.cameras ?? 0,
  }));
  for (let i = 0; i < all.length; i += 5_000)
    await tx.execute(sql`
      INSERT INTO coverage_cells (h3, kelurahan_code, kecamatan_code, kota_code, seen_share, cameras)
      SELECT h, l, k, o, s, c FROM jsonb_to_recordset(${JSON.stringify(all.slice(i, i + 5_000))}::jsonb)
        AS r(h text, l text, k text, o text, s real, c int)`);
}

/** The covered share per kecamatan and per kelurahan, least covered first. */
export async function coverageByArea(db: Executor): Promise<AreaCoverage[]> {
  const { rows } = await db.execute<AreaCoverage & Record<string, unknown>>(sql`
    SELECT a.code, a.name, a.level, kota.name AS "kotaName", t.cells, t.covered, t.cameras
    FROM (
      SELECT kecamatan_code AS code, count(*)::int AS cells, count(*) FILTER (WHERE seen_share > 0)::int AS covered,
             sum(cameras)::int AS cameras
      FROM coverage_cells GROUP BY kecamatan_code
      UNION ALL
      SELECT kelurahan_code, count(*)::int, count(*) FILTER (WHERE seen_share > 0)::int, sum(cameras)::int
      FROM coverage_cells GROUP BY kelurahan_code
    ) t JOIN areas a ON a.code = t.code LEFT JOIN areas kota ON kota.code = a.kota_code
    ORDER BY a.level, t.covered::float / t.cells, a.name`);
  return rows;
}

/** The grid for the map: each cell's id and seen share (the browser draws the hexagons). */
export async function coverageCells(db: Executor): Promise<{ h3: string; seenShare: number; cameras: number }[]> {
  const { rows } = await db.execute<{ h3: string; seenShare: number; cameras: number }>(sql`
    SELECT h3, seen_share AS "seenShare", cameras FROM coverage_cells`);
  return rows;
}

/** Whether the grid has not been counted yet while there are boundaries to count it on. */
export async function coverageMissing(db: Executor): Promise<boolean> {
  const { rows } = await db.execute<{ missing: boolean }>(sql`
    SELECT NOT EXISTS (SELECT 1 FROM coverage_cells)
       AND EXISTS (SELECT 1 FROM areas WHERE level = 'kelurahan' AND geom IS NOT NULL) AS missing`);
  return rows[0]?.missing ?? false;
}
