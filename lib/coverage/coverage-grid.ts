import { cellToChildren, cellToLatLng, gridDisk, latLngToCell, polygonToCells } from "h3-js";

import { seesPlace } from "@/lib/cameras/rank-cameras";
import type { ViewedFrom } from "@/lib/cameras/view-cone";
import type { LatLon } from "@/lib/geo/geodesy";

/** H3 resolution 9: cells of about 0.1 km², edges about 174 m, some 6,500 over Jakarta's land. */
export const COVERAGE_RESOLUTION = 9;
/** A res-9 cell's inner radius is about 150 m: a camera reaches cells this many metres per ring away. */
const RING_M = 150;

export interface CoverageArea {
  code: string;
  kecamatanCode: string;
  kotaCode: string;
  /** GeoJSON Polygon or MultiPolygon coordinates. */
  polygons: number[][][][];
}

export interface CellArea {
  kelurahanCode: string;
  kecamatanCode: string;
  kotaCode: string;
}

/** The cells whose centre lies in each kelurahan (a cell belongs to one kelurahan only). */
export function cellsOfAreas(areas: readonly CoverageArea[]): Map<string, CellArea> {
  const cells = new Map<string, CellArea>();
  for (const a of areas)
    for (const polygon of a.polygons)
      for (const h of polygonToCells(polygon, COVERAGE_RESOLUTION, true))
        if (!cells.has(h))
          cells.set(h, { kelurahanCode: a.code, kecamatanCode: a.kecamatanCode, kotaCode: a.kotaCode });
  return cells;
}

/** Where a cell is tested: its centre and its seven children's centres (about 65 m apart). */
export function samplePoints(cell: string): LatLon[] {
  return [cell, ...cellToChildren(cell, COVERAGE_RESOLUTION + 1)].map((h) => {
    const [lat, lon] = cellToLatLng(h);
    return { lat, lon };
  });
}

export interface CellCoverage {
  /** Share of the cell's sample points inside some camera's cone (0 to 1). */
  seenShare: number;
  /** Cameras standing in the cell. */
  cameras: number;
}

/**
 * For every cell, the share of its sample points that lie in some camera's view cone (the same
 * test the ranking uses), and the cameras standing in it. Each camera is tested only against the
 * cells its range can reach: the rings around its own cell.
 */
export function coverageOf(
  cells: ReadonlyMap<string, unknown>,
  cameras: Iterable<ViewedFrom>,
): Map<string, CellCoverage> {
  const samples = new Map<string, LatLon[]>();
  const seen = new Map<string, boolean[]>();
  const standing = new Map<string, number>();
  for (const camera of cameras) {
    const own = latLngToCell(camera.lat, camera.lon, COVERAGE_RESOLUTION);
    standing.set(own, (standing.get(own) ?? 0) + 1);
    for (const h of gridDisk(own, 1 + Math.ceil(camera.rangeM / RING_M))) {
      if (!cells.has(h)) continue;
      let points = samples.get(h);
      if (!points) samples.set(h, (points = samplePoints(h)));
      let flags = seen.get(h);
      for (let i = 0; i < points.length; i++) {
        if (flags?.[i]) continue;
        if (seesPlace(camera, points[i]!)) {
          if (!flags) seen.set(h, (flags = points.map(() => false)));
          flags[i] = true;
        }
      }
    }
  }
  const out = new Map<string, CellCoverage>();
  for (const h of cells.keys()) {
    const flags = seen.get(h);
    out.set(h, {
      seenShare: flags ? flags.filter(Boolean).length / flags.length : 0,
      cameras: standing.get(h) ?? 0,
    });
  }
  return out;
}
