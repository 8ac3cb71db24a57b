import { clusterCountText } from "@/lib/map/label-expressions";

import { labelFonts, type MapInstance } from "./load-map-library";

// Kept here rather than imported from lib/cameras/tile-grid so that the browser bundle stays small;
// the same values as there.
const TILE_LAYERS = { cameras: "cameras", clusters: "camera_clusters" } as const;
const MAX_TILE_ZOOM = 16;

export const CAMERA_COLORS = { live: "#0b7a3e", onRequest: "#6b7a90", offline: "#c0392b", cluster: "#2f6db3" };

/**
 * Every camera of the registry as vector tiles made by the console (GET /api/tiles/cameras/z/x/y):
 * clusters counted in the database where a tile holds many cameras, single cameras where few, so
 * that the map holds a million cameras. Layers `camera-clusters` (with `camera-cluster-counts`) and `camera-points`.
 */
export function addCameraTileLayers(map: MapInstance, minzoom = 0) {
  map.addSource("cameras", {
    type: "vector",
    tiles: [`${location.origin}/api/tiles/cameras/{z}/{x}/{y}`],
    minzoom: 0,
    maxzoom: MAX_TILE_ZOOM,
  });
  map.addLayer({
    id: "camera-clusters",
    type: "circle",
    minzoom,
    source: "cameras",
    "source-layer": TILE_LAYERS.clusters,
    paint: {
      "circle-color": ["step", ["get", "count"], "#7fb0e0", 100, CAMERA_COLORS.cluster, 1000, "#17427a"],
      "circle-radius": ["step", ["get", "count"], 6, 10, 9, 100, 12, 1000, 15, 10000, 18],
      "circle-opacity": 0.8,
      // A ring in the offline colour where more than a tenth of the cluster's cameras are silent.
      "circle-stroke-color": [
        "case",
        [">", ["get", "offline"], ["*", 0.1, ["get", "count"]]],
        CAMERA_COLORS.offline,
        "#fff",
      ],
      "circle-stroke-width": 1,
    },
  });
  map.addLayer({
    id: "camera-points",
    type: "circle",
    minzoom,
    source: "cameras",
    "source-layer": TILE_LAYERS.cameras,
    paint: {
      "circle-radius": ["case", ["get", "live"], 5, 3.5],
      "circle-color": [
        "case",
        ["get", "offline"],
        CAMERA_COLORS.offline,
        ["get", "live"],
        CAMERA_COLORS.live,
        CAMERA_COLORS.onRequest,
      ],
      "circle-stroke-color": "#fff",
      "circle-stroke-width": 1,
    },
  });
}

/**
 * Each cluster's count written on its circle, for either cameras source (the tiles' clusters, or
 * a GeoJSON source clustered in the browser), under the single cameras.
 */
export function addClusterCountLayer(map: MapInstance) {
  const clusters = map.getLayer("camera-clusters");
  if (!clusters) return;
  const tiled = map.getSource("cameras")?.type === "vector";
  const count = tiled ? ["get", "count"] : ["get", "point_count"];
  map.addLayer(
    {
      id: "camera-cluster-counts",
      type: "symbol",
      source: "cameras",
      minzoom: clusters.minzoom ?? 0,
      ...(tiled ? { "source-layer": TILE_LAYERS.clusters } : { filter: ["has", "point_count"] }),
      layout: {
        "text-field": clusterCountText(count) as never,
        "text-font": labelFonts(map).bold,
        "text-size": 10.5,
        // A count is the cluster itself: drawn even where names crowd it.
        "text-allow-overlap": true,
        "text-ignore-placement": true,
      },
      paint: { "text-color": "#fff", "text-halo-color": "rgba(11, 35, 70, 0.55)", "text-halo-width": 1 },
    },
    map.getLayer("camera-points") ? "camera-points" : undefined,
  );
}
