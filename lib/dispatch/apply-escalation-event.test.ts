import { describe, expect, it } from "vitest";

import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent } from "@/lib/realtime/events";

import { applyEscalationEvent } from "./apply-escalation-event";
import type { AssignmentView } from "./assignment-view";
import type { OpenEscalation } from "./escalation-view";

const alert = (assignmentId: number, status: AssignmentView["status"] = "dispatched"): OpenEscalation => ({
  assignment: { id: assignmentId, status } as AssignmentView,
  incident: { id: assignmentId * 10 } as IncidentView,
  next: null,
});
const event = (type: string, payload: object) =>
  ({ seq: 1, type, payload, incidentId: null, stationId: null, actorId: null, at: "" }) as LoggedEvent;

describe("applyEscalationEvent", () => {
  it("opens an alert once per job and closes it when answered", () => {
    let alerts = applyEscalationEvent([], event("assignment.escalated", alert(1)));
    alerts = applyEscalationEvent(alerts, event("assignment.escalated", alert(1)));
    alerts = applyEscalationEvent(alerts, event("assignment.escalated", alert(2)));
    expect(alerts.map((a) => a.assignment.id)).toEqual([1, 2]);
    alerts = applyEscalationEvent(alerts, event("assignment.escalation_handled", { ...alert(1), action: "wait" }));
    expect(alerts.map((a) => a.assignment.id)).toEqual([2]);
  });

  it("closes an alert when the station acknowledges after all, or the incident closes", () => {
    const open = [alert(1), alert(2)];
    expect(applyEscalationEvent(open, event("assignment.updated", alert(1, "acknowledged"))).length).toBe(1);
    expect(applyEscalationEvent(open, event("incident.closed", { incident: { id: 20 } })).length).toBe(1);
    expect(applyEscalationEvent(open, event("call.rang", {}))).toBe(open);
  });
});
