import { describe, expect, it } from "vitest";

import { bearingDeg, destination, haversineM } from "@/lib/geo/geodesy";

import { seesPlace } from "./rank-cameras";
import { viewCone } from "./view-cone";

const monas = { lat: -6.1754, lon: 106.8272 };
const corners = (p: GeoJSON.Polygon) => p.coordinates[0]!.map(([lon, lat]) => ({ lat: lat!, lon: lon! }));

describe("viewCone", () => {
  it("is a closed sector from the camera to its range, spanning its field of view about its bearing", () => {
    const ring = corners(viewCone({ ...monas, bearingDeg: 90, fovDeg: 60, rangeM: 50 }, 6));
    expect(ring[0]).toEqual(monas);
    expect(ring.at(-1)).toEqual(monas);
    const arc = ring.slice(1, -1);
    expect(arc).toHaveLength(7);
    for (const p of arc) expect(haversineM(monas, p)).toBeCloseTo(50, 3);
    expect(bearingDeg(monas, arc[0]!)).toBeCloseTo(60, 3);
    expect(bearingDeg(monas, arc.at(-1)!)).toBeCloseTo(120, 3);
  });

  it("is a circle of the range for a camera that turns or has no known bearing", () => {
    for (const camera of [
      { ...monas, bearingDeg: 10, fovDeg: 360, rangeM: 80 },
      { ...monas, bearingDeg: null, fovDeg: 90, rangeM: 80 },
    ]) {
      const ring = corners(viewCone(camera, 8));
      expect(ring).toHaveLength(9);
      expect(ring[0]).toEqual(ring.at(-1));
      for (const p of ring) expect(haversineM(monas, p)).toBeCloseTo(80, 3);
    }
  });

  it("agrees with seesPlace at its edges", () => {
    const camera = {
      ...monas,
      id: 1,
      name: "c",
      accessMode: "live" as const,
      ownerType: "government" as const,
      health: "online" as const,
      bearingDeg: 0,
      fovDeg: 90,
      rangeM: 100,
    };
    const [, left, , right] = corners(viewCone(camera, 2));
    for (const edge of [left!, right!]) {
      const b = bearingDeg(monas, edge);
      const inward = b > 180 ? 0.5 : -0.5;
      expect(seesPlace(camera, destination(monas, 99, b + inward))).toBe(true);
      expect(seesPlace(camera, destination(monas, 99, b - inward))).toBe(false);
    }
    expect(seesPlace(camera, destination(monas, 101, 0))).toBe(false);
  });
});
