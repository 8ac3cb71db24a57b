import { z } from "zod";

import type { AreaRow } from "@/db/queries/upsert-areas";
import type { AreaLevel } from "@/lib/geo/vocabulary";

import { bpsCode, flag, optionalNumber, optionalText, requiredText } from "./import-fields";
import { polygonProblem } from "./polygon-problem";

/*
 * Areas for `npm run import -- areas <file>`: GeoJSON Polygon or MultiPolygon features (the
 * boundary files of ../shared/data/geo), or a CSV with a header row. Upserted by BPS code.
 * The level comes from the columns the file has, so one file holds one level:
 *
 *   kelurahan   kode_bps (10 digits) and kelurahan (name); kode_kec_bps, kode_kota optional
 *   kecamatan   kode_kec_bps (7 digits) and kecamatan (name), no kode_bps; kode_kota optional
 *   kota        kode_kota (4 digits) and kota (name) only
 *
 * A missing parent code is taken from the front of the area's own code (BPS codes nest:
 * 3173010001 lies in kecamatan 3173010, in kota 3173); a parent code that disagrees with it
 * rejects the row. Other columns, for every level:
 *
 *   is_water     no   true/false (false): a lake, left out when placing incidents
 *   geometry     *    the boundary; in a CSV as GeoJSON text
 *   lat, lon     *    a point inside the area (taken from the boundary when absent)
 *   area_km2     no   (computed from the boundary)
 *   source       no   (import:<file name>)
 *
 *   * each row needs a geometry, or lat and lon, or both.
 * Also accepted: kode_kecamatan for kode_kec_bps and area_km2_approx for area_km2, as in
 * ../shared/data/geo/jakarta_kecamatan_points.csv.
 */
const codeColumn = { kelurahan: "kode_bps", kecamatan: "kode_kec_bps", kota: "kode_kota" } as const;
const digits = { kelurahan: 10, kecamatan: 7, kota: 4 } as const;

/** The level of a whole file, from its columns (CSV header, or GeoJSON property names). */
export function inferAreaLevel(columns: readonly string[]): AreaLevel | null {
  const has = (c: string) => columns.includes(c);
  if (has("kode_bps") && has("kelurahan")) return "kelurahan";
  if (!has("kode_bps") && has("kode_kec_bps") && has("kecamatan")) return "kecamatan";
  if (!has("kode_bps") && !has("kode_kec_bps") && has("kode_kota") && has("kota")) return "kota";
  return null;
}

const geometry = z.preprocess(
  (v) => {
    if (v === null || (typeof v === "string" && v.trim() === "")) return undefined;
    if (typeof v !== "string") return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return v;
    }
  },
  z.unknown().superRefine((g, ctx) => {
    const problem = g === undefined ? null : polygonProblem(g);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
);

const common = {
  is_water: flag(false),
  geometry,
  lat: optionalNumber(-90, 90),
  lon: optionalNumber(-180, 180),
  area_km2: optionalNumber(0, 100_000),
  source: optionalText(200),
};

export function areaImportFields(level: AreaLevel) {
  if (level === "kota") return z.object({ kode_kota: bpsCode(4), kota: requiredText(), ...common });
  if (level === "kecamatan") {
    return z.object({
      kode_kec_bps: bpsCode(7),
      kecamatan: requiredText(),
      kode_kota: bpsCode(4).optional(),
      ...common,
    });
  }
  return z.object({
    kode_bps: bpsCode(10),
    kelurahan: requiredText(),
    kode_kec_bps: bpsCode(7).optional(),
    kode_kota: bpsCode(4).optional(),
    ...common,
  });
}

export type AreaImportRow = Omit<AreaRow, "source"> & { source?: string | undefined };

export function areaImportRow(level: AreaLevel) {
  return areaImportFields(level).transform((r, ctx): AreaImportRow => {
    // The fields of all three levels, some absent at this level.
    const f = r as typeof r & { kode_bps?: string; kode_kec_bps?: string; kode_kota?: string } & Partial<
        Record<AreaLevel, string>
      >;
    const code = f[codeColumn[level]]!;
    const kotaCode = f.kode_kota ?? code.slice(0, 4);
    const kecCode = f.kode_kec_bps ?? code.slice(0, 7);
    for (const [column, parent] of [
      ["kode_kota", kotaCode],
      ["kode_kec_bps", kecCode],
    ] as const) {
      if (parent.length < digits[level] && !code.startsWith(parent)) {
        ctx.addIssue({
          code: "custom",
          path: [column],
          message: `${parent} does not contain ${codeColumn[level]} ${code}`,
        });
      }
    }
    if (r.geometry === undefined && (r.lat === undefined || r.lon === undefined)) {
      ctx.addIssue({ code: "custom", path: [], message: "needs a geometry, or lat and lon" });
    }
    return {
      code,
      level,
      name: f[level]!,
      parentCode: level === "kota" ? null : level === "kecamatan" ? kotaCode : kecCode,
      kotaCode,
      isWater: r.is_water,
      areaKm2: r.area_km2 ?? null,
      lat: r.lat ?? null,
      lon: r.lon ?? null,
      geometry: r.geometry,
      source: r.source,
    };
  });
}

export const areaRequiredColumns = (level: AreaLevel) => [codeColumn[level], level] as const;
