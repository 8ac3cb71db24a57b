import fs from "node:fs";

import { normalizeColumn } from "./normalize-column";
import type { RowSource, SourceRow } from "./row-source";

export type GeometryKind = "point" | "polygon";

type Feature = { type?: unknown; properties?: unknown; geometry?: { type?: unknown; coordinates?: unknown } | null };

// RFC 7946 GeoJSON is WGS84; only the older `crs` member can say otherwise.
function foreignCrs(collection: { crs?: { properties?: { name?: unknown } } }): string | null {
  const name = collection.crs?.properties?.name;
  if (typeof name !== "string" || /CRS84|4326/i.test(name)) return null;
  return name;
}

/**
 * Reads a GeoJSON FeatureCollection (or one Feature) into rows: the properties with
 * normalized names, plus lat and lon from a Point, or `geometry` for a Polygon or
 * MultiPolygon. A feature with the other kind of geometry comes out as an error.
 */
export async function openGeojsonFeatures(file: string, want: GeometryKind): Promise<RowSource> {
  let json: unknown;
  try {
    json = JSON.parse((await fs.promises.readFile(file, "utf8")).replace(/^\uFEFF/, ""));
  } catch (error) {
    if (error instanceof SyntaxError) throw new Error(`not valid JSON (${error.message})`, { cause: error });
    throw error;
  }
  const top = json as { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } } | null;
  const features: unknown[] | null =
    top?.type === "FeatureCollection" && Array.isArray(top.features)
      ? top.features
      : top?.type === "Feature"
        ? [top]
        : null;
  if (!top || !features) throw new Error("not a GeoJSON FeatureCollection or Feature");
  const crs = foreignCrs(top);
  if (crs) throw new Error(`its coordinates are in ${crs}; convert the file to WGS84 (EPSG:4326) first`);

  const rows: SourceRow[] = features.map((f, i) => toRow(f as Feature, i + 1, want));
  const columns = new Set<string>();
  for (const r of rows) if ("fields" in r) for (const c of Object.keys(r.fields)) columns.add(c);
  return { format: "geojson", columns: [...columns], total: rows.length, rows: iterate(rows) };
}

async function* iterate(rows: SourceRow[]): AsyncGenerator<SourceRow> {
  yield* rows;
}

function toRow(f: Feature, n: number, want: GeometryKind): SourceRow {
  const ref = { feature: n };
  if (typeof f !== "object" || f === null || f.type !== "Feature") return { ref, error: "is not a GeoJSON Feature" };
  const props = typeof f.properties === "object" && f.properties !== null ? f.properties : {};
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) fields[normalizeColumn(k)] = v;
  const g = f.geometry;
  if (g === null || g === undefined) return { ref, fields };
  if (want === "point") {
    const c = g.coordinates;
    if (g.type !== "Point") return { ref, error: `has a ${String(g.type)} geometry; a Point is needed` };
    if (!Array.isArray(c) || c.length < 2) return { ref, error: "has a Point without [lon, lat] coordinates" };
    return { ref, fields: { ...fields, lon: c[0], lat: c[1] } };
  }
  if (g.type !== "Polygon" && g.type !== "MultiPolygon")
    return { ref, error: `has a ${String(g.type)} geometry; a Polygon or MultiPolygon is needed` };
  return { ref, fields: { ...fields, geometry: g } };
}
