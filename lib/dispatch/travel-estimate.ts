import { haversineM, type LatLon } from "@/lib/geo/geodesy";

/** How far and how long from each station to the place, in the stations' order. */
export type TravelEstimator = (place: LatLon, from: readonly LatLon[], at: Date) => Promise<TravelLeg[]>;
export interface TravelLeg {
  distanceM: number;
  etaS: number;
}

// Jakarta's roads wind: a route is about 1.4 times the straight line.
export const DETOUR_FACTOR = 1.4;

// A patrol car's average speed through Jakarta's traffic by hour of day (WIB, UTC+7), km/h:
// slowest in the morning (06-10) and evening (16-20) rush, fastest at night.
const SPEED_KMH_BY_HOUR = [
  40, 40, 40, 40, 38, 30, 18, 15, 15, 18, 22, 22, 22, 22, 22, 20, 17, 15, 15, 18, 25, 30, 35, 38,
] as const;

export const jakartaHour = (at: Date) => (at.getUTCHours() + 7) % 24;
export const speedKmhAt = (at: Date) => SPEED_KMH_BY_HOUR[jakartaHour(at)]!;

/** Straight-line distance times the detour factor, over the hour's speed. */
export function estimateLeg(place: LatLon, from: LatLon, at: Date): TravelLeg {
  const distanceM = haversineM(from, place);
  const etaS = (distanceM * DETOUR_FACTOR) / ((speedKmhAt(at) * 1000) / 3600);
  return { distanceM: Math.round(distanceM), etaS: Math.round(etaS) };
}

export const straightLineEstimator: TravelEstimator = (place, from, at) =>
  Promise.resolve(from.map((s) => estimateLeg(place, s, at)));
