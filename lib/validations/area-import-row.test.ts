import { describe, expect, it } from "vitest";

import { reasonOf } from "@/lib/import/import-rows";

import { areaImportRow, inferAreaLevel } from "./area-import-row";

const square = {
  type: "Polygon",
  coordinates: [
    [
      [106.82, -6.18],
      [106.83, -6.18],
      [106.83, -6.17],
      [106.82, -6.18],
    ],
  ],
};
// The property names of ../shared/data/geo/jakarta_*.geojson.
const kelurahan = {
  kode_bps: "3173080003",
  kelurahan: "Gambir",
  kecamatan: "Gambir",
  kode_kec_bps: "3173080",
  kota: "Kota Jakarta Pusat",
  kode_kota: "3173",
  is_water: false,
};
const kecamatan = {
  kode_kec_bps: "3173080",
  kecamatan: "Gambir",
  kota: "Kota Jakarta Pusat",
  kode_kota: "3173",
  n_kelurahan: 6,
};
const kota = { kode_kota: "3101", kota: "Kepulauan Seribu" };

describe("inferAreaLevel", () => {
  it("tells the level from the columns of the three boundary files", () => {
    expect(inferAreaLevel(Object.keys(kelurahan))).toBe("kelurahan");
    expect(inferAreaLevel(Object.keys(kecamatan))).toBe("kecamatan");
    expect(inferAreaLevel(Object.keys(kota))).toBe("kota");
    expect(inferAreaLevel(["kode_bps", "nama"])).toBeNull();
    expect(inferAreaLevel(["name", "lat", "lon"])).toBeNull();
  });
});

describe("area import row", () => {
  it("maps each level to its code, parent and kota", () => {
    expect(areaImportRow("kelurahan").parse({ ...kelurahan, geometry: square })).toMatchObject({
      code: "3173080003",
      level: "kelurahan",
      name: "Gambir",
      parentCode: "3173080",
      kotaCode: "3173",
      isWater: false,
      geometry: square,
    });
    expect(areaImportRow("kecamatan").parse({ ...kecamatan, geometry: square })).toMatchObject({
      code: "3173080",
      parentCode: "3173",
      kotaCode: "3173",
    });
    expect(areaImportRow("kota").parse({ ...kota, geometry: square })).toMatchObject({
      code: "3101",
      name: "Kepulauan Seribu",
      parentCode: null,
      kotaCode: "3101",
    });
  });

  it("takes missing parent codes from the area's own code, and a boundary from CSV text", () => {
    const row = areaImportRow("kelurahan").parse({
      kode_bps: "3175888888",
      kelurahan: "Danau Sunter",
      is_water: "true",
      geometry: JSON.stringify(square),
    });
    expect(row).toMatchObject({ parentCode: "3175888", kotaCode: "3175", isWater: true, geometry: square });
    expect(
      areaImportRow("kecamatan").parse({
        kode_kec_bps: "3171010",
        kecamatan: "Jagakarsa",
        lat: "-6.3304",
        lon: "106.82211",
        area_km2: "25.35",
      }),
    ).toMatchObject({ parentCode: "3171", lat: -6.3304, lon: 106.82211, areaKm2: 25.35, geometry: undefined });
  });

  it("rejects a parent code that does not contain the area, a bad boundary, or no place at all", () => {
    const reason = (level: "kelurahan" | "kecamatan", input: Record<string, unknown>) => {
      const r = areaImportRow(level).safeParse(input);
      return r.success ? null : reasonOf(r.error);
    };
    expect(reason("kelurahan", { ...kelurahan, kode_kec_bps: "3173070", geometry: square })).toBe(
      "kode_kec_bps: 3173070 does not contain kode_bps 3173080003",
    );
    expect(reason("kecamatan", { ...kecamatan, kode_kota: "3172", geometry: square })).toBe(
      "kode_kota: 3172 does not contain kode_kec_bps 3173080",
    );
    expect(reason("kelurahan", { ...kelurahan, geometry: "{not json" })).toMatch(
      /^geometry: must be a GeoJSON Polygon or MultiPolygon/,
    );
    expect(reason("kelurahan", { ...kelurahan })).toBe("needs a geometry, or lat and lon");
    expect(reason("kelurahan", { ...kelurahan, kode_bps: "317308000", geometry: square })).toBe(
      'kode_bps: must be a 10-digit BPS code; got "317308000"',
    );
  });
});
