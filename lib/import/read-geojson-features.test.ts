import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { referenceData } from "@/lib/testing/reference-data";

import { openGeojsonFeatures } from "./read-geojson-features";
import type { SourceRow } from "./row-source";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "read-geojson-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (json: unknown) => {
  const p = path.join(dir, `${++n}.geojson`);
  fs.writeFileSync(p, typeof json === "string" ? json : JSON.stringify(json));
  return p;
};
const readAll = async (p: string, want: "point" | "polygon") => {
  const source = await openGeojsonFeatures(p, want);
  const rows: SourceRow[] = [];
  for await (const r of source.rows) rows.push(r);
  return { ...source, rows };
};
const point = (lon: number, lat: number, properties: Record<string, unknown> | null) => ({
  type: "Feature",
  properties,
  geometry: { type: "Point", coordinates: [lon, lat] },
});
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

describe("openGeojsonFeatures", () => {
  it("gives a Point's coordinates as lat and lon, numbering features from 1", async () => {
    const source = await readAll(
      file({
        type: "FeatureCollection",
        features: [
          point(106.8272, -6.1754, { "External ID": "A", lat: 0 }),
          { type: "Feature", properties: { external_id: "B" }, geometry: square },
          point(106.8, -6.2, null),
        ],
      }),
      "point",
    );
    expect(source).toMatchObject({ format: "geojson", total: 3 });
    expect(source.columns).toEqual(["external_id", "lat", "lon"]);
    expect(source.rows).toEqual([
      { ref: { feature: 1 }, fields: { external_id: "A", lat: -6.1754, lon: 106.8272 } },
      { ref: { feature: 2 }, error: "has a Polygon geometry; a Point is needed" },
      { ref: { feature: 3 }, fields: { lat: -6.2, lon: 106.8 } },
    ]);
  });

  it("passes a boundary on as geometry, and takes a single Feature", async () => {
    const { rows } = await readAll(
      file({ type: "Feature", properties: { kode_kota: "3173" }, geometry: square }),
      "polygon",
    );
    expect(rows).toEqual([{ ref: { feature: 1 }, fields: { kode_kota: "3173", geometry: square } }]);
    const wrong = await readAll(
      file({ type: "FeatureCollection", features: [point(106.8, -6.2, {}), { type: "Fetaure" }] }),
      "polygon",
    );
    expect(wrong.rows).toEqual([
      { ref: { feature: 1 }, error: "has a Point geometry; a Polygon or MultiPolygon is needed" },
      { ref: { feature: 2 }, error: "is not a GeoJSON Feature" },
    ]);
  });

  it("reads the real kelurahan boundaries, Polygons and MultiPolygons", async () => {
    const source = await readAll(referenceData("geo", "jakarta_kelurahan.geojson"), "polygon");
    expect(source.total).toBe(270);
    expect(source.rows.every((r) => "fields" in r)).toBe(true);
    expect(
      new Set(source.rows.map((r) => ("fields" in r ? (r.fields.geometry as { type: string }).type : null))),
    ).toEqual(new Set(["Polygon", "MultiPolygon"]));
  });

  it("refuses what is not GeoJSON in WGS84", async () => {
    await expect(openGeojsonFeatures(file("{ nope"), "point")).rejects.toThrow(/^not valid JSON/);
    await expect(openGeojsonFeatures(file({ type: "Topology" }), "point")).rejects.toThrow(
      "not a GeoJSON FeatureCollection or Feature",
    );
    const mercator = {
      type: "FeatureCollection",
      crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::3857" } },
      features: [],
    };
    await expect(openGeojsonFeatures(file(mercator), "point")).rejects.toThrow(/EPSG::3857; convert the file to WGS84/);
  });
});
