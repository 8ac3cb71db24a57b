import { destination, type LatLon } from "@/lib/geo/geodesy";

export interface ViewedFrom extends LatLon {
  bearingDeg: number | null;
  fovDeg: number;
  rangeM: number;
}

/**
 * The ground a camera sees, as a GeoJSON polygon: a sector from the camera out to its range,
 * half its field of view either side of its bearing, or a whole circle for a camera that
 * turns (PTZ, 360°) or whose bearing is not known. The same cone `seesPlace` tests against.
 */
export function viewCone(camera: ViewedFrom, arcPoints = 16): GeoJSON.Polygon {
  const full = camera.bearingDeg === null || camera.fovDeg >= 360;
  const from = full ? 0 : camera.bearingDeg! - camera.fovDeg / 2;
  const sweep = full ? 360 : camera.fovDeg;
  const arc: [number, number][] = [];
  for (let i = 0; i <= arcPoints; i++) {
    const p = destination(camera, camera.rangeM, from + (sweep * i) / arcPoints);
    arc.push([p.lon, p.lat]);
  }
  const ring: [number, number][] = full ? arc : [[camera.lon, camera.lat], ...arc, [camera.lon, camera.lat]];
  if (full) ring[ring.length - 1] = ring[0]!;
  return { type: "Polygon", coordinates: [ring] };
}
