import { fromVectorTileJs } from "@maplibre/vt-pbf";

import type { Executor } from "@/db";
import { landmarksInBounds, type TilePlace } from "@/db/queries/place-tiles";
import { BUFFER_SHARE, isTile, tileBounds, tilePixel } from "@/lib/cameras/tile-grid";
import { pointLayer, type TileProps } from "@/lib/map/point-tile-layer";

import type { LandmarkKind } from "./vocabulary";

/** The landmarks are a street map's: tiles from this zoom (a z13 tile is about 4.9 km wide). */
export const PLACE_MIN_ZOOM = 13;
export const PLACE_MAX_ZOOM = 16;
/** Names past this many in one tile would only hide each other. */
const PLACES_PER_TILE = 400;
export const PLACE_TILE_LAYER = "places";

// What a caller names first when there is no street name to give.
export const LANDMARK_RANK: readonly LandmarkKind[] = [
  "hospital",
  "train_station",
  "health_centre",
  "government_office",
  "transjakarta_stop",
  "shopping",
  "landmark",
  "supermarket",
  "fuel_station",
  "pharmacy",
];

export const isPlaceTile = (z: number, x: number, y: number) =>
  isTile(z, x, y) && z >= PLACE_MIN_ZOOM && z <= PLACE_MAX_ZOOM;

/** The Mapbox Vector Tile of the landmarks in tile z/x/y: layer `places` (id, name, kind, detail, rank). */
export function encodePlaceTile(z: number, x: number, y: number, places: readonly TilePlace[]): Uint8Array {
  return fromVectorTileJs({
    layers: {
      [PLACE_TILE_LAYER]: pointLayer(
        PLACE_TILE_LAYER,
        places.map((p) => {
          const properties: TileProps = { id: p.id, name: p.name, kind: p.kind, rank: LANDMARK_RANK.indexOf(p.kind) };
          if (p.detail) properties.detail = p.detail;
          return { id: p.id, at: tilePixel(z, x, y, p.lon, p.lat), properties };
        }),
      ),
    },
  });
}

export async function placeTile(db: Executor, z: number, x: number, y: number): Promise<Uint8Array> {
  const places = await landmarksInBounds(db, tileBounds(z, x, y, BUFFER_SHARE), LANDMARK_RANK, PLACES_PER_TILE);
  return encodePlaceTile(z, x, y, places);
}
