import { cellToLatLng, latLngToCell } from "h3-js";
import { describe, expect, it } from "vitest";

import { destination } from "@/lib/geo/geodesy";

import { cellsOfAreas, COVERAGE_RESOLUTION, coverageOf, samplePoints } from "./coverage-grid";

// A square of about 1.1 km around Monas, as one kelurahan.
const square = (lon: number, lat: number, d: number) => [
  [
    [
      [lon - d, lat - d],
      [lon + d, lat - d],
      [lon + d, lat + d],
      [lon - d, lat + d],
      [lon - d, lat - d],
    ],
  ],
];
const AREA = {
  code: "3171010001",
  kecamatanCode: "3171010",
  kotaCode: "3171",
  polygons: square(106.8272, -6.1754, 0.005),
};

describe("coverage grid", () => {
  const cells = cellsOfAreas([AREA]);

  it("covers an area with the res-9 cells whose centres lie in it, each with its area's codes", () => {
    // About 1.2 km² in cells of about 0.1 km².
    expect(cells.size).toBeGreaterThan(8);
    expect(cells.size).toBeLessThan(20);
    for (const [h, a] of cells) {
      const [lat, lon] = cellToLatLng(h);
      expect(Math.abs(lon - 106.8272)).toBeLessThan(0.005);
      expect(Math.abs(lat + 6.1754)).toBeLessThan(0.005);
      expect(a).toEqual({ kelurahanCode: AREA.code, kecamatanCode: "3171010", kotaCode: "3171" });
    }
  });

  it("tests a cell at its centre and its seven children", () => {
    expect(samplePoints([...cells.keys()][0]!)).toHaveLength(8);
  });

  it("finds no coverage with no cameras, and a 360° camera of long range covering its own cell whole", () => {
    const none = coverageOf(cells, []);
    expect([...none.values()].every((c) => c.seenShare === 0 && c.cameras === 0)).toBe(true);
    const h = [...cells.keys()][0]!;
    const [lat, lon] = cellToLatLng(h);
    const dome = { lat, lon, bearingDeg: null, fovDeg: 360, rangeM: 400 };
    const got = coverageOf(cells, [dome]);
    expect(got.get(h)).toEqual({ seenShare: 1, cameras: 1 });
    // Its neighbours, within 400 m, are covered too: more than one cell.
    expect([...got.values()].filter((c) => c.seenShare > 0).length).toBeGreaterThan(1);
  });

  it("sees only what lies in the cone: a camera looking away from its cell's centre misses it", () => {
    const h = [...cells.keys()][0]!;
    const [lat, lon] = cellToLatLng(h);
    // 30 m south of the centre, looking south: the centre is behind it.
    const at = destination({ lat, lon }, 30, 180);
    const away = coverageOf(cells, [{ ...at, bearingDeg: 180, fovDeg: 60, rangeM: 50 }]).get(h)!;
    const toward = coverageOf(cells, [{ ...at, bearingDeg: 0, fovDeg: 60, rangeM: 50 }]).get(h)!;
    expect(latLngToCell(at.lat, at.lon, COVERAGE_RESOLUTION)).toBe(h);
    expect(toward.seenShare).toBeGreaterThan(away.seenShare);
    expect(toward.seenShare).toBeGreaterThanOrEqual(1 / 8);
  });
});
