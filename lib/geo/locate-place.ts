import type { Executor } from "@/db";
import { locatePoint, nearestKelurahan } from "@/db/queries/locate-point";

import { inJakartaWaters, neighbourRegion } from "./jakarta-waters";
import type { PointLocation } from "./point-location";

/**
 * Where a point lies, as the console shows and keeps it: in a kelurahan; at sea in Jakarta's
 * own waters, given to the nearest kelurahan (a boat off Ancol or a diver off Pulau Pari is
 * Jakarta's to answer); or outside, with the neighbouring region named for the hand-over.
 */
export async function locatePlace(db: Executor, lat: number, lon: number): Promise<PointLocation> {
  const found = await locatePoint(db, lat, lon);
  // Before boundaries are known, "outside" is only a guess from kecamatan points: leave it.
  if (found.insideJakarta || found.method !== "polygon") return found;
  if (inJakartaWaters(lat, lon)) {
    const nearest = await nearestKelurahan(db, lat, lon);
    if (nearest) return { ...nearest, method: "polygon", insideJakarta: true, atSea: true, neighbour: null };
  }
  return { ...found, neighbour: neighbourRegion(lat, lon) };
}
