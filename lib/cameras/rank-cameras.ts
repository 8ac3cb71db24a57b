import { angleBetween, bearingDeg, haversineM, type LatLon } from "@/lib/geo/geodesy";

import type { NearbyCamera } from "./nearby-camera";
import type { ViewedFrom } from "./view-cone";
import type { AccessMode, CameraHealth, OwnerType } from "./vocabulary";

export interface CameraCandidate extends LatLon {
  id: number;
  name: string;
  accessMode: AccessMode;
  ownerType: OwnerType;
  health: CameraHealth;
  bearingDeg: number | null;
  fovDeg: number;
  rangeM: number;
}

/** Whether a place lies in a camera's view cone: within range, and within half the field of view of its bearing. */
export function seesPlace(camera: ViewedFrom, place: LatLon, distanceM = haversineM(camera, place)): boolean {
  if (distanceM > camera.rangeM) return false;
  if (camera.bearingDeg === null || camera.fovDeg >= 360 || distanceM < 1) return true;
  return angleBetween(bearingDeg(camera, place), camera.bearingDeg) <= camera.fovDeg / 2;
}

const tier = (c: NearbyCamera) => (c.sees ? (c.accessMode === "live" ? 0 : 1) : 2);

// Sees the place and live first, then sees it on request, then the rest by distance. Each
// answer is built field by field: a spread of the database row made objects that V8 kept past
// young-generation collections, and their copying paused the API for milliseconds.
export function rankCameras(place: LatLon, candidates: readonly CameraCandidate[], radiusM: number): NearbyCamera[] {
  const ranked: NearbyCamera[] = [];
  for (const c of candidates) {
    const distanceM = Math.round(haversineM(c, place) * 10) / 10;
    if (distanceM > radiusM) continue;
    ranked.push({
      id: c.id,
      name: c.name,
      lat: c.lat,
      lon: c.lon,
      distanceM,
      sees: seesPlace(c, place, distanceM),
      accessMode: c.accessMode,
      ownerType: c.ownerType,
      status: c.health,
      bearingDeg: c.bearingDeg,
      fovDeg: c.fovDeg,
      rangeM: c.rangeM,
    });
  }
  return ranked.sort((a, b) => tier(a) - tier(b) || a.distanceM - b.distanceM);
}
