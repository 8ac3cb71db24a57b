import { fromVectorTileJs } from "@maplibre/vt-pbf";

import { pointLayer } from "@/lib/map/point-tile-layer";

import { tilePixel } from "./tile-grid";

/** One camera in a tile; what every role may see of it on the map (no address, no owner). */
export interface TileCamera {
  id: number;
  lon: number;
  lat: number;
  live: boolean;
  offline: boolean;
}

/** A cell's cameras, drawn as one circle at their mean position. */
export interface TileCluster {
  lon: number;
  lat: number;
  count: number;
  live: number;
  offline: number;
}

/** The tile's two layers: `cameras` (single cameras) and `camera_clusters`. */
export const TILE_LAYERS = { cameras: "cameras", clusters: "camera_clusters" } as const;

/** The Mapbox Vector Tile (protobuf) of tile z/x/y: its single cameras and its clusters. */
export function encodeCameraTile(
  z: number,
  x: number,
  y: number,
  content: { cameras: readonly TileCamera[]; clusters: readonly TileCluster[] },
): Uint8Array {
  const at = (lon: number, lat: number) => tilePixel(z, x, y, lon, lat);
  return fromVectorTileJs({
    layers: {
      [TILE_LAYERS.cameras]: pointLayer(
        TILE_LAYERS.cameras,
        content.cameras.map((c) => ({
          id: c.id,
          at: at(c.lon, c.lat),
          properties: { id: c.id, live: c.live, offline: c.offline },
        })),
      ),
      [TILE_LAYERS.clusters]: pointLayer(
        TILE_LAYERS.clusters,
        content.clusters.map((c) => ({
          at: at(c.lon, c.lat),
          properties: { count: c.count, live: c.live, offline: c.offline },
        })),
      ),
    },
  });
}
