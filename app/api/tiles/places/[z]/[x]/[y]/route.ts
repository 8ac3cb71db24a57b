// GET /api/tiles/places/{z}/{x}/{y} - the landmarks of the gazetteer as a vector tile, for street zooms
import { tileRoute } from "@/lib/api/tile-route";
import { isPlaceTile, PLACE_MAX_ZOOM, PLACE_MIN_ZOOM, placeTile } from "@/lib/places/place-tiles";

export const dynamic = "force-dynamic";

export const GET = tileRoute({
  name: "landmark",
  zooms: { min: PLACE_MIN_ZOOM, max: PLACE_MAX_ZOOM },
  exists: isPlaceTile,
  tile: placeTile,
  maxAgeSeconds: 60,
});
