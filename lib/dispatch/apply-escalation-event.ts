import type { LoggedEvent } from "@/lib/realtime/events";

import type { OpenEscalation } from "./escalation-view";

/**
 * The open alerts after one logged event: one comes with `assignment.escalated`, and goes when
 * the dispatcher answers it or its station acknowledges (or it is called off) meanwhile.
 */
export function applyEscalationEvent(alerts: readonly OpenEscalation[], event: LoggedEvent): readonly OpenEscalation[] {
  const without = (assignmentId: number) => alerts.filter((a) => a.assignment.id !== assignmentId);
  switch (event.type) {
    case "assignment.escalated":
      return [...without(event.payload.assignment.id), event.payload];
    case "assignment.escalation_handled":
      return without(event.payload.assignment.id);
    case "assignment.updated":
      return event.payload.assignment.status === "dispatched" ? alerts : without(event.payload.assignment.id);
    case "incident.closed":
      return alerts.filter((a) => a.incident.id !== event.payload.incident.id);
    default:
      return alerts;
  }
}
