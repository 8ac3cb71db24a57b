import { describe, expect, it } from "vitest";

import { DETOUR_FACTOR, estimateLeg, jakartaHour, speedKmhAt, straightLineEstimator } from "./travel-estimate";

const monas = { lat: -6.1754, lon: 106.8272 };
const oneKmNorth = { lat: -6.1754 + 1 / 111.195, lon: 106.8272 };

describe("travel estimate", () => {
  it("reads the hour in Jakarta's time", () => {
    expect(jakartaHour(new Date("2026-11-25T00:30:00Z"))).toBe(7);
    expect(jakartaHour(new Date("2026-11-25T20:00:00Z"))).toBe(3);
  });

  it("is slower in the rush hour than at night", () => {
    expect(speedKmhAt(new Date("2026-11-25T01:00:00Z"))).toBeLessThan(speedKmhAt(new Date("2026-11-25T20:00:00Z")));
  });

  it("is the straight line times the detour factor over the hour's speed", async () => {
    const at = new Date("2026-11-25T01:00:00Z"); // 08:00 WIB
    const leg = estimateLeg(monas, oneKmNorth, at);
    expect(leg.distanceM).toBeCloseTo(1000, -1);
    expect(leg.etaS).toBeCloseTo((1000 * DETOUR_FACTOR) / ((speedKmhAt(at) * 1000) / 3600), -1);
    expect(await straightLineEstimator(monas, [oneKmNorth, monas], at)).toEqual([leg, { distanceM: 0, etaS: 0 }]);
  });
});
