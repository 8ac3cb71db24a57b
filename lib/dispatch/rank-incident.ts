import type { Db } from "@/db";
import { latestIncidentEvent } from "@/db/queries/events";
import { listIncidentViews } from "@/db/queries/incidents";
import { commitStatement } from "@/lib/events/commit-change";
import { logger } from "@/lib/logging/logger";
import type { RecommendationReason } from "@/lib/realtime/events";

import { recommendStations } from "./recommend-stations";
import type { RecommendedStation } from "./recommendation-view";

/**
 * Ranks the stations for an incident and logs the ranking as `incident.recommended`: the
 * dispatcher's screen receives it with the incident, and the record keeps what was offered.
 */
export async function rankIncident(
  db: Db,
  incidentId: number,
  reason: RecommendationReason,
): Promise<RecommendedStation[]> {
  const stations = await recommendStations(db, incidentId);
  await commitStatement(db, {
    result: null,
    writes: [],
    events: [{ type: "incident.recommended", incidentId, actorId: null, payload: { stations, reason } }],
  });
  return stations;
}

/**
 * The same, once the change that asks for it has committed, and never waited on: the answer to
 * the call-taker does not wait for OSRM. Until the event is there, a reader ranks afresh.
 */
export function rankIncidentLater(db: Db, incidentId: number, reason: RecommendationReason): void {
  rankIncident(db, incidentId, reason).catch((error: unknown) =>
    logger().error({ err: error, incidentId }, "ranking the stations failed"),
  );
}

/** After a station is staffed, unstaffed or moved: every open real incident ranked again. */
export async function rankOpenIncidents(db: Db): Promise<void> {
  // No viewer: a trainee's drill keeps the ranking it was made with.
  for (const incident of await listIncidentViews(db, "open", ""))
    await rankIncident(db, incident.id, "stations_changed");
}

/** The incident's latest ranking, as logged; ranked afresh when none is logged yet. */
export async function currentRecommendation(db: Db, incidentId: number): Promise<RecommendedStation[]> {
  const logged = await latestIncidentEvent(db, incidentId, "incident.recommended");
  return logged ? logged.stations : recommendStations(db, incidentId);
}
