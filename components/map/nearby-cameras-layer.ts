import type { NearbyCamera } from "@/lib/cameras/nearby-camera";
import { viewCone } from "@/lib/cameras/view-cone";

import type { MapInstance } from "./load-map-library";
import { COLORS } from "./map-layers";

const EMPTY: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };
const COLOR = ["match", ["get", "tone"], "offline", COLORS.offline, "live", COLORS.live, COLORS.onRequest];

export const cameraTone = (c: Pick<NearbyCamera, "status" | "accessMode">) =>
  c.status === "offline" ? "offline" : c.accessMode === "live" ? "live" : "onRequest";

/** The cameras around the place being handled, with their view cones; those that see the place stand out. */
export function addNearbyCameraLayers(map: MapInstance) {
  map.addSource("nearby-cones", { type: "geojson", data: EMPTY });
  map.addLayer({
    id: "nearby-cones",
    type: "fill",
    source: "nearby-cones",
    paint: { "fill-color": COLOR as never, "fill-opacity": ["case", ["get", "sees"], 0.3, 0.08] },
  });
  map.addLayer({
    id: "nearby-cone-edges",
    type: "line",
    source: "nearby-cones",
    filter: ["get", "sees"],
    paint: { "line-color": COLOR as never, "line-width": 1 },
  });
  map.addSource("nearby-cameras", { type: "geojson", data: EMPTY });
  map.addLayer({
    id: "nearby-cameras",
    type: "circle",
    source: "nearby-cameras",
    paint: {
      "circle-radius": ["case", ["get", "sees"], 6, 4],
      "circle-color": COLOR as never,
      "circle-stroke-color": "#fff",
      "circle-stroke-width": 1.5,
    },
  });
}

export function nearbyCamerasToGeoJson(cameras: readonly NearbyCamera[]): {
  cones: GeoJSON.FeatureCollection;
  points: GeoJSON.FeatureCollection;
} {
  const properties = (c: NearbyCamera) => ({ id: c.id, sees: c.sees, tone: cameraTone(c) });
  return {
    cones: {
      type: "FeatureCollection",
      features: cameras.map((c) => ({ type: "Feature", geometry: viewCone(c), properties: properties(c) })),
    },
    points: {
      type: "FeatureCollection",
      features: cameras.map((c) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: [c.lon, c.lat] },
        properties: properties(c),
      })),
    },
  };
}
