import { angleBetween, bearingDeg, haversineM, type LatLon } from "@/lib/geo/geodesy";

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

export interface RankedCamera extends CameraCandidate {
  distanceM: number;
  sees: boolean;
  status: CameraHealth;
}

/** Whether a place lies in a camera's view cone: within range, and within half the field of view of its bearing. */
export function seesPlace(camera: ViewedFrom, place: LatLon, distanceM = haversineM(camera, place)): boolean {
  if (distanceM > camera.rangeM) return false;
  if (camera.bearingDeg === null || camera.fovDeg >= 360 || distanceM < 1) return true;
  return angleBetween(bearingDeg(camera, place), camera.bearingDeg) <= camera.fovDeg / 2;
}

const tier = (c: RankedCamera) => (c.sees ? (c.accessMode === "live" ? 0 : 1) : 2);

// Sees the place and live first, then sees it on request, then the rest by distance.
export function rankCameras(place: LatLon, candidates: readonly CameraCandidate[], radiusM: number): RankedCamera[] {
  return candidates
    .map((c) => {
      const distanceM = Math.round(haversineM(c, place) * 10) / 10;
      return { ...c, distanceM, sees: seesPlace(c, place, distanceM), status: c.health };
    })
    .filter((c) => c.distanceM <= radiusM)
    .sort((a, b) => tier(a) - tier(b) || a.distanceM - b.distanceM);
}
