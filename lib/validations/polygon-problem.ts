// A bad ring would make PostGIS fail the whole batch of areas it travels in; finding it here
// lets the import reject that one area with a reason instead.
export function polygonProblem(geometry: unknown): string | null {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (typeof g !== "object" || g === null || (g.type !== "Polygon" && g.type !== "MultiPolygon")) {
    const type =
      typeof g === "object" && g !== null && typeof g.type === "string"
        ? `a ${g.type}`
        : JSON.stringify(geometry)?.slice(0, 40);
    return `must be a GeoJSON Polygon or MultiPolygon; got ${type}`;
  }
  const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0) return "has no coordinates";
  for (const [i, rings] of polygons.entries()) {
    const where = g.type === "Polygon" ? "" : `polygon ${i + 1}, `;
    if (!Array.isArray(rings) || rings.length === 0) return `${where}has no rings`;
    for (const [j, ring] of rings.entries()) {
      const problem = ringProblem(ring);
      if (problem) return `${where}ring ${j + 1} ${problem}`;
    }
  }
  return null;
}

function ringProblem(ring: unknown): string | null {
  if (!Array.isArray(ring) || ring.length < 4) return "needs at least 4 positions";
  for (const p of ring as unknown[]) {
    if (!isPosition(p)) return `has a position that is not [lon, lat]: ${JSON.stringify(p)?.slice(0, 40)}`;
    if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)
      return `has a position outside WGS84 degrees: ${JSON.stringify(p)}`;
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  return first[0] === last[0] && first[1] === last[1]
    ? null
    : "is not closed (its last position differs from its first)";
}

const isPosition = (p: unknown): p is [number, number, ...number[]] =>
  Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === "number" && Number.isFinite(n));
