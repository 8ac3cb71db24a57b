import { cellToBoundary } from "h3-js";

const round = (x: number) => Math.round(x * 1e5) / 1e5;

/** Hexagons for the map, each with its seen share and cameras (coordinates to about a metre). */
export function cellsToGeoJson(cells: readonly { h3: string; seenShare: number; cameras: number }[]) {
  return {
    type: "FeatureCollection" as const,
    features: cells.map((c) => ({
      type: "Feature" as const,
      geometry: {
        type: "Polygon" as const,
        coordinates: [cellToBoundary(c.h3, true).map(([lon, lat]) => [round(lon), round(lat)])],
      },
      properties: { seen: Math.round(c.seenShare * 1000) / 1000, cameras: c.cameras },
    })),
  };
}
