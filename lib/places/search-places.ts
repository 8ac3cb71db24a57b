import type { Executor } from "@/db";
import { locatePoint } from "@/db/queries/locate-point";
import { searchPlacesByName } from "@/db/queries/search-places";
import { env } from "@/lib/env";

import { geocodeAddresses } from "./mapbox-geocoding";
import { normalizePlaceName } from "./normalize-place-name";
import type { PlaceMatch } from "./place-match";

// Street addresses Mapbox adds after the gazetteer's places, at most.
const ADDRESSES = 5;

/**
 * Gazetteer places for a name as a call-taker types it, nearer the view first among equals;
 * with MAPBOX_TOKEN, street addresses from Mapbox's geocoding after them (asked at the same
 * time, so the answer waits for the slower of the two, and for Mapbox 1.5 s at most).
 */
export async function searchPlaces(
  db: Executor,
  text: string,
  near: { lat: number; lon: number } | null,
  limit = 10,
): Promise<PlaceMatch[]> {
  const token = env.MAPBOX_TOKEN;
  const [places, addresses] = await Promise.all([
    searchPlacesByName(db, normalizePlaceName(text), near, limit),
    token ? geocodeAddresses(text, { token, baseUrl: env.MAPBOX_API_BASE_URL, near, limit: ADDRESSES }) : [],
  ]);
  const located = await Promise.all(
    addresses.map(async (a) => ({ ...a, kelurahan: (await locatePoint(db, a.lat, a.lon)).kelurahan })),
  );
  return [...places, ...located];
}
