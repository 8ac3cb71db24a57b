import type { IncidentView } from "@/db/queries/incidents";
import type { SpineEvent } from "@/lib/realtime/events";

const OPEN = (i: IncidentView) => i.status !== "closed" && i.status !== "cancelled";

/** Most urgent first (P1 before P4), then the oldest first: the dispatcher's order. */
export function byPriorityAndAge(a: IncidentView, b: IncidentView): number {
  return a.priority.localeCompare(b.priority) || a.createdAt.localeCompare(b.createdAt);
}

/** The open incidents after one committed event, kept in the dispatcher's order. */
export function applyIncidentEvent(incidents: readonly IncidentView[], event: SpineEvent): readonly IncidentView[] {
  const incident = event.payload.incident as IncidentView | undefined;
  if (!incident || !event.type.startsWith("incident.")) return incidents;
  const rest = incidents.filter((i) => i.id !== incident.id);
  return (OPEN(incident) ? [...rest, incident] : rest).sort(byPriorityAndAge);
}
