import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent } from "@/lib/realtime/events";

import { isActiveAssignment } from "./assignment-machine";
import type { AssignmentView } from "./assignment-view";

/** A polsek's screen: its own station's jobs and the incidents they are for. */
export interface StationJobs {
  jobs: readonly AssignmentView[];
  incidents: readonly IncidentView[];
}

const replace = <T extends { id: number }>(list: readonly T[], item: T) => [
  ...list.filter((x) => x.id !== item.id),
  item,
];

// New jobs first (they wait for an acknowledgement), then those being worked, then those done;
// the newest first within each.
const rank = (a: AssignmentView) => (a.status === "dispatched" ? 0 : isActiveAssignment(a.status) ? 1 : 2);
export const byUrgency = (a: AssignmentView, b: AssignmentView) =>
  rank(a) - rank(b) || b.dispatchedAt.localeCompare(a.dispatchedAt) || b.id - a.id;

/** The station's jobs after one logged event (the socket gives a polsek only its own station's). */
export function applyStationJobEvent(state: StationJobs, event: LoggedEvent): StationJobs {
  if (event.type === "incident.moved") return { ...state, incidents: replace(state.incidents, event.payload.incident) };
  if (event.type !== "assignment.dispatched" && event.type !== "assignment.updated") return state;
  const { assignment, incident } = event.payload;
  return {
    jobs: replace(state.jobs, assignment).sort(byUrgency),
    incidents: replace(state.incidents, incident),
  };
}

/** Jobs still waiting for the station to say it has them. */
export const awaitingAcknowledgement = (jobs: readonly AssignmentView[]) =>
  jobs.filter((j) => j.status === "dispatched");
