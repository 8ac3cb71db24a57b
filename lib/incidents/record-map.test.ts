import { describe, expect, it } from "vitest";

import { recordSource } from "@/lib/testing/record-source";

import { recordMap } from "./record-map";

describe("the record's small map", () => {
  it("fits the kecamatan, the place and the stations sent in the box, north up", () => {
    const map = recordMap(recordSource().map);
    expect(map.width).toBeLessThanOrEqual(480);
    expect(map.height).toBeLessThanOrEqual(340);
    const inside = (p: { x: number; y: number }) => p.x > 0 && p.x < map.width && p.y > 0 && p.y < map.height;
    expect(inside(map.incident)).toBe(true);
    expect(map.stations.every(inside)).toBe(true);
    // The station lies south-west of the incident: left of it and below it.
    expect(map.stations[0]!.x).toBeLessThan(map.incident.x);
    expect(map.stations[0]!.y).toBeGreaterThan(map.incident.y);
    // Two squares 0.01° wide side by side: the same width on the map, one after the other.
    const xs = map.areas.map((a) => [...a.d.matchAll(/[ML]([\d.]+) /g)].map((m) => Number(m[1])));
    const widths = xs.map((x) => Math.max(...x) - Math.min(...x));
    expect(Math.abs(widths[0]! - widths[1]!)).toBeLessThan(0.3);
    // The incident's own kelurahan is drawn last, over its neighbours.
    expect(map.areas.map((a) => a.own)).toEqual([false, true]);
    expect(map.areas[1]!.d).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){4}Z$/);
  });

  it("keeps metres true: a scale bar of a round length at the place's latitude", () => {
    const map = recordMap(recordSource().map);
    const widthM = (map.width / map.scale.px) * map.scale.metres;
    // The areas span 0.02° of longitude (about 2.2 km at 6° S) plus 6% on each side.
    expect(widthM).toBeGreaterThan(2_200 * 1.1);
    expect(widthM).toBeLessThan(2_220 * 1.14);
    expect([100, 200, 250, 500, 1000, 2000]).toContain(map.scale.metres);
  });

  it("draws a place with no known boundary in a box about 2 km across", () => {
    const map = recordMap({ incident: { lat: -6.2, lon: 106.8 }, areas: [], stations: [] });
    expect(map.areas).toEqual([]);
    expect(map.incident.x).toBeCloseTo(map.width / 2, 0);
    expect(map.incident.y).toBeCloseTo(map.height / 2, 0);
  });
});
