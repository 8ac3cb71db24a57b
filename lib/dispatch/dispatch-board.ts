import type { CallView } from "@/lib/calls/call-view";
import { applyIncidentEvent } from "@/lib/incidents/apply-incident-event";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent } from "@/lib/realtime/events";

import { applyEscalationEvent } from "./apply-escalation-event";
import type { AssignmentView } from "./assignment-view";
import type { OpenEscalation } from "./escalation-view";
import type { RecommendedStation } from "./recommendation-view";

/** What the dispatcher's board holds: the open incidents, their stations and their callers. */
export interface DispatchBoard {
  incidents: readonly IncidentView[];
  assignments: readonly AssignmentView[];
  calls: readonly CallView[];
  /** Jobs not acknowledged in time, waiting for the dispatcher's answer. */
  escalations: readonly OpenEscalation[];
  /** The latest ranking of stations logged for each open incident, by its id. */
  recommendations: Readonly<Record<number, readonly RecommendedStation[]>>;
}

const upsertBy = <T extends { id: number }>(list: readonly T[], item: T): readonly T[] => {
  const at = list.findIndex((x) => x.id === item.id);
  return at < 0 ? [...list, item] : list.map((x, i) => (i === at ? item : x));
};

/** The board after one logged event: what an incident no longer open held leaves with it. */
export function applyBoardEvent(board: DispatchBoard, event: LoggedEvent): DispatchBoard {
  const incidents = applyIncidentEvent(board.incidents, event);
  const escalations = applyEscalationEvent(board.escalations, event);
  let { assignments, calls, recommendations } = board;
  if (event.type === "assignment.dispatched" || event.type === "assignment.updated")
    assignments = upsertBy(assignments, event.payload.assignment);
  if (event.type.startsWith("call.") && "call" in event.payload && event.payload.call.incidentId !== null)
    calls = upsertBy(calls, event.payload.call);
  if (event.type === "incident.recommended" && event.incidentId !== null)
    recommendations = { ...recommendations, [event.incidentId]: event.payload.stations };
  if (
    incidents === board.incidents &&
    assignments === board.assignments &&
    calls === board.calls &&
    escalations === board.escalations &&
    recommendations === board.recommendations
  )
    return board;
  const open = new Set(incidents.map((i) => i.id));
  return {
    incidents,
    assignments: assignments.filter((a) => open.has(a.incidentId)),
    calls: calls.filter((c) => c.incidentId !== null && open.has(c.incidentId)),
    escalations,
    recommendations: Object.fromEntries(Object.entries(recommendations).filter(([id]) => open.has(Number(id)))),
  };
}

/** Those of one incident, in the order they came. */
export const ofIncident = <T extends { incidentId: number | null }>(list: readonly T[], incidentId: number) =>
  list.filter((x) => x.incidentId === incidentId);
