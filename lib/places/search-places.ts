import type { Executor } from "@/db";
import { searchPlacesByName } from "@/db/queries/search-places";

import { normalizePlaceName } from "./normalize-place-name";
import type { PlaceMatch } from "./place-match";

/** Gazetteer places for a name as a call-taker types it, nearer the view first among equals. */
export function searchPlaces(
  db: Executor,
  text: string,
  near: { lat: number; lon: number } | null,
  limit = 10,
): Promise<PlaceMatch[]> {
  return searchPlacesByName(db, normalizePlaceName(text), near, limit);
}
