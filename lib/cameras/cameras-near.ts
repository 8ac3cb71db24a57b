import { getDb } from "@/db";
import { nearestCameras } from "@/db/queries/nearest-cameras";
import type { LatLon } from "@/lib/geo/geodesy";
import { rankCameras } from "./rank-cameras";

/** The ranked cameras for a place, as the API and the dispatcher's screen show them. */
export async function camerasNear(place: LatLon, k: number, radiusM: number) {
  const ranked = rankCameras(place, await nearestCameras(getDb(), place.lat, place.lon, k), radiusM);
  return ranked.map((c) => ({
    id: c.id, name: c.name, lat: c.lat, lon: c.lon, distanceM: c.distanceM, sees: c.sees,
    accessMode: c.accessMode, ownerType: c.ownerType, status: c.status,
    bearingDeg: c.bearingDeg, fovDeg: c.fovDeg, rangeM: c.rangeM,
  }));
}

export type NearbyCamera = Awaited<ReturnType<typeof camerasNear>>[number];
