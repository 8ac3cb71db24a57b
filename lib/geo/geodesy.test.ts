import { describe, expect, it } from "vitest";

import { angleBetween, bearingDeg, destination, haversineM } from "./geodesy";

const monas = { lat: -6.1754, lon: 106.8272 };

describe("geodesy", () => {
  it("measures Monas to Bundaran HI at about 2.2 km", () => {
    expect(haversineM(monas, { lat: -6.195, lon: 106.8231 })).toBeGreaterThan(2100);
    expect(haversineM(monas, { lat: -6.195, lon: 106.8231 })).toBeLessThan(2300);
  });

  it("gives bearings clockwise from north", () => {
    expect(bearingDeg(monas, { lat: monas.lat + 0.01, lon: monas.lon })).toBeCloseTo(0, 0);
    expect(bearingDeg(monas, { lat: monas.lat, lon: monas.lon + 0.01 })).toBeCloseTo(90, 0);
    expect(bearingDeg(monas, { lat: monas.lat - 0.01, lon: monas.lon })).toBeCloseTo(180, 0);
  });

  it("takes the short way round between bearings", () => {
    expect(angleBetween(350, 10)).toBe(20);
    expect(angleBetween(10, 350)).toBe(20);
    expect(angleBetween(90, 270)).toBe(180);
  });

  it("walks to a destination and back by the same distance", () => {
    const there = destination(monas, 500, 45);
    expect(haversineM(monas, there)).toBeCloseTo(500, 3);
    expect(bearingDeg(monas, there)).toBeCloseTo(45, 1);
  });
});
