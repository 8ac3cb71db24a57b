import { describe, expect, it } from "vitest";

import { destination } from "@/lib/geo/geodesy";

import { type CameraCandidate, rankCameras, seesPlace } from "./rank-cameras";

const place = { lat: -6.2, lon: 106.83 };
// A camera `d` metres from the place, standing at `from` degrees, looking along `looking`.
function camera(
  id: number,
  d: number,
  from: number,
  looking: number | null,
  extra: Partial<CameraCandidate> = {},
): CameraCandidate {
  return {
    id,
    name: `c${id}`,
    ...destination(place, d, from),
    accessMode: "on_request",
    ownerType: "private",
    health: "online",
    bearingDeg: looking,
    fovDeg: 90,
    rangeM: 60,
    ...extra,
  };
}

describe("seesPlace", () => {
  it("sees a place in front of it within range", () => {
    expect(seesPlace(camera(1, 40, 180, 0), place)).toBe(true); // south of the place, looking north
  });
  it("does not see a place behind it", () => {
    expect(seesPlace(camera(1, 40, 180, 180), place)).toBe(false);
  });
  it("does not see a place beyond its range", () => {
    expect(seesPlace(camera(1, 80, 180, 0), place)).toBe(false);
  });
  it("sees at the edge of its field of view but not past it", () => {
    expect(seesPlace(camera(1, 40, 180, 44), place)).toBe(true);
    expect(seesPlace(camera(1, 40, 180, 46), place)).toBe(false);
  });
  it("sees all round when it is a PTZ dome without a fixed bearing", () => {
    expect(seesPlace(camera(1, 40, 180, null, { fovDeg: 360 }), place)).toBe(true);
  });
});

describe("rankCameras", () => {
  it("puts live cameras that see the place first, then on request, then the rest by distance", () => {
    const ranked = rankCameras(
      place,
      [
        camera(1, 10, 0, 90), // near but looking away
        camera(2, 50, 180, 0), // sees, on request
        camera(3, 55, 90, 270, { accessMode: "live" }), // sees, live
        camera(4, 30, 270, 90, { health: "offline" }), // sees, on request, offline
        camera(5, 400, 0, 180), // far, out of range
        camera(6, 900, 0, 180), // beyond the radius
      ],
      500,
    );
    expect(ranked.map((c) => c.id)).toEqual([3, 4, 2, 1, 5]);
    expect(ranked.find((c) => c.id === 4)?.status).toBe("offline");
    expect(ranked[0]?.distanceM).toBeCloseTo(55, 0);
  });
});
