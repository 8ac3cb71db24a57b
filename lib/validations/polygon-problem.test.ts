import { describe, expect, it } from "vitest";

import { polygonProblem } from "./polygon-problem";

const ring = [
  [106.8, -6.2],
  [106.9, -6.2],
  [106.9, -6.1],
  [106.8, -6.2],
];

describe("polygonProblem", () => {
  it("passes a Polygon and a MultiPolygon", () => {
    expect(polygonProblem({ type: "Polygon", coordinates: [ring] })).toBeNull();
    expect(polygonProblem({ type: "MultiPolygon", coordinates: [[ring], [ring, ring]] })).toBeNull();
  });

  it("names the ring that PostGIS would refuse", () => {
    expect(polygonProblem({ type: "Point", coordinates: [106.8, -6.2] })).toBe(
      "must be a GeoJSON Polygon or MultiPolygon; got a Point",
    );
    expect(polygonProblem({ type: "Polygon", coordinates: [ring.slice(0, 3)] })).toBe(
      "ring 1 needs at least 4 positions",
    );
    expect(
      polygonProblem({ type: "MultiPolygon", coordinates: [[ring], [ring, [...ring.slice(0, 3), [106.85, -6.15]]]] }),
    ).toBe("polygon 2, ring 2 is not closed (its last position differs from its first)");
    expect(polygonProblem({ type: "Polygon", coordinates: [[...ring.slice(0, 3), ["x", 1], ring[0]]] })).toMatch(
      /^ring 1 has a position that is not \[lon, lat\]/,
    );
    expect(polygonProblem({ type: "Polygon", coordinates: [ring.map(([x, y]) => [x! * 1000, y!])] })).toMatch(
      /outside WGS84/,
    );
    expect(polygonProblem({ type: "Polygon", coordinates: [] })).toBe("has no rings");
    expect(polygonProblem({ type: "MultiPolygon", coordinates: [] })).toBe("has no coordinates");
  });
});
