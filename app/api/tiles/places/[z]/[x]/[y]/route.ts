// GET /api/tiles/places/{z}/{x}/{y} - the landmarks of the gazetteer as a vector tile, for street zooms
import { getPlaceTile } from "@/lib/places/place-tile-route";

export const dynamic = "force-dynamic";

export const GET = getPlaceTile;
