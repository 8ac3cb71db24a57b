import fs from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { PointLocation } from "@/lib/geo/point-location";
import { referenceData } from "@/lib/testing/reference-data";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

type Ring = [number, number][];
interface Kelurahan {
  code: string;
  name: string;
  water: boolean;
  polygons: Ring[][];
}

// The expectation comes from the shared reference file, not from the console's own copy.
const kelurahan: Kelurahan[] = (
  JSON.parse(fs.readFileSync(referenceData("geo", "jakarta_kelurahan.geojson"), "utf8")) as {
    features: {
      properties: { kode_bps: string; kelurahan: string; is_water: boolean };
      geometry: { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };
    }[];
  }
).features.map((f) => ({
  code: f.properties.kode_bps,
  name: f.properties.kelurahan,
  water: f.properties.is_water,
  polygons: f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates,
}));

// Ray casting, even-odd over every ring: holes fall out by themselves.
function inside(k: Kelurahan, lon: number, lat: number): boolean {
  let odd = false;
  for (const polygon of k.polygons)
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) odd = !odd;
      }
  return odd;
}

// A seeded generator, so that a failure can be run again as it was.
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random points inside random land kelurahan, each inside exactly one kelurahan of the file. */
function randomPoints(n: number, seed: number) {
  const random = mulberry32(seed);
  const land = kelurahan.filter((k) => !k.water);
  const points: { lat: number; lon: number; code: string; name: string }[] = [];
  while (points.length < n) {
    const k = land[Math.floor(random() * land.length)]!;
    const all = k.polygons.flat(2);
    const lons = all.map((c) => c[0]);
    const lats = all.map((c) => c[1]);
    const [w, e, s, nn] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
    for (let tries = 0; tries < 1000; tries++) {
      const lon = w + random() * (e - w);
      const lat = s + random() * (nn - s);
      if (!inside(k, lon, lat)) continue;
      // Where neighbours' simplified outlines overlap, either answer would be right: skip.
      if (kelurahan.filter((o) => o !== k && inside(o, lon, lat)).length > 0) break;
      points.push({ lat, lon, code: k.code, name: k.name });
      break;
    }
  }
  return points;
}

describe.each(testDatabaseKinds())("a new console with no import, on %s", (kind) => {
  let c: RunningConsole;
  beforeAll(async () => {
    c = await startConsole(kind);
  });
  afterAll(async () => {
    await c?.stop();
  });

  it("places 200 random points inside random kelurahan in their own kelurahan", async () => {
    const points = randomPoints(200, 112);
    const wrong: string[] = [];
    for (const p of points) {
      const at = await c.data<PointLocation>(`/api/geo/locate?lat=${p.lat}&lon=${p.lon}`, { as: "operator" });
      expect(at.method).toBe("polygon");
      if (at.kelurahan?.code !== p.code)
        wrong.push(`${p.lat},${p.lon}: ${p.name} (${p.code}) placed in ${at.kelurahan?.name ?? "nothing"}`);
    }
    expect(wrong).toEqual([]);
    expect(new Set(points.map((p) => p.code)).size).toBeGreaterThan(100);
  });
});
