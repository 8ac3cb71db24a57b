import type { Executor } from "@/db";
import { nearestCameras } from "@/db/queries/nearest-cameras";
import type { LatLon } from "@/lib/geo/geodesy";

import type { NearbyCamera } from "./nearby-camera";
import { rankCameras } from "./rank-cameras";

/** The ranked cameras for a place, as the API and the dispatcher's screen show them. */
export async function camerasNear(db: Executor, place: LatLon, k: number, radiusM: number): Promise<NearbyCamera[]> {
  return rankCameras(place, await nearestCameras(db, place.lat, place.lon, k), radiusM);
}
