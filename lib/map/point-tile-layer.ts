import type { VectorTileFeatureLike, VectorTileLayerLike } from "@maplibre/vt-pbf";

import { EXTENT } from "@/lib/cameras/tile-grid";

export type TileProps = Record<string, number | boolean | string>;
type PointGeometry = ReturnType<VectorTileFeatureLike["loadGeometry"]>;

/** One layer of point features in a vector tile, for @maplibre/vt-pbf to encode. */
export function pointLayer(
  name: string,
  features: readonly { id?: number; at: [number, number]; properties: TileProps }[],
): VectorTileLayerLike {
  return {
    version: 2,
    name,
    extent: EXTENT,
    length: features.length,
    feature: (i) => {
      const f = features[i]!;
      return {
        type: 1,
        id: f.id,
        properties: f.properties,
        extent: EXTENT,
        // vt-pbf reads only x and y of each point.
        loadGeometry: () => [[{ x: f.at[0], y: f.at[1] }]] as unknown as PointGeometry,
      };
    },
  };
}
