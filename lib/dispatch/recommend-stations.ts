import type { Executor } from "@/db";
import { candidateStationsFor } from "@/db/queries/candidate-stations";
import { notFound } from "@/lib/api/api-error";
import { env } from "@/lib/env";

import { osrmTableEstimator } from "./osrm-table";
import type { RecommendedStation } from "./recommendation-view";
import { straightLineEstimator, type TravelEstimator } from "./travel-estimate";

/** Stations asked about per incident: the nearest by the index, before travel is estimated. */
export const CANDIDATES = 10;

let estimator: TravelEstimator | undefined;
// OSRM when ROUTING_URL is set, else the straight-line estimate; a failing OSRM falls back to it.
const travelEstimator = (): TravelEstimator => {
  if (estimator) return estimator;
  const url = env.ROUTING_URL;
  if (!url) return (estimator = straightLineEstimator);
  const osrm = osrmTableEstimator(url);
  return (estimator = (place, from, at) => osrm(place, from, at).catch(() => straightLineEstimator(place, from, at)));
};

/** The staffed polsek for an incident, quickest first; ties go to the one whose jurisdiction it is. */
export async function recommendStations(
  db: Executor,
  incidentId: number,
  at = new Date(),
  estimate: TravelEstimator = travelEstimator(),
): Promise<RecommendedStation[]> {
  const found = await candidateStationsFor(db, incidentId, CANDIDATES);
  if (!found) throw notFound(`Incident ${incidentId}`);
  const candidates = found.stations;
  const legs = await estimate(found.place, candidates, at);
  return candidates
    .map(({ lat: _lat, lon: _lon, ...s }, i) => ({ ...s, ...legs[i]! }))
    .sort((a, b) => a.etaS - b.etaS || Number(b.inJurisdiction) - Number(a.inJurisdiction));
}
