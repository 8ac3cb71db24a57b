import { describe, expect, it } from "vitest";

import type { CallView } from "@/lib/calls/call-view";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent } from "@/lib/realtime/events";

import type { AssignmentView } from "./assignment-view";
import { applyBoardEvent, type DispatchBoard } from "./dispatch-board";
import type { RecommendedStation } from "./recommendation-view";

const incident = (id: number, status: IncidentView["status"] = "open") =>
  ({ id, priority: "P2", status, createdAt: "2026-11-26T01:00:00Z" }) as IncidentView;
const assignment = (id: number, incidentId: number, status: AssignmentView["status"]) =>
  ({ id, incidentId, status }) as AssignmentView;
const call = (id: number, incidentId: number | null) => ({ id, incidentId }) as CallView;
const event = (e: Pick<LoggedEvent, "type" | "payload">) =>
  ({ seq: 1, incidentId: null, stationId: null, actorId: null, at: "", ...e }) as LoggedEvent;

const board: DispatchBoard = {
  incidents: [incident(1), incident(2)],
  assignments: [assignment(10, 1, "dispatched")],
  calls: [call(100, 1)],
  escalations: [],
  recommendations: {},
};

describe("applyBoardEvent", () => {
  it("replaces an assignment that moved on and adds a new one", () => {
    const acked = applyBoardEvent(
      board,
      event({
        type: "assignment.updated",
        payload: { assignment: assignment(10, 1, "acknowledged"), incident: incident(1, "dispatched") },
      }),
    );
    expect(acked.assignments.map((a) => a.status)).toEqual(["acknowledged"]);
    const backup = applyBoardEvent(
      acked,
      event({
        type: "assignment.dispatched",
        payload: { assignment: assignment(11, 2, "dispatched"), incident: incident(2, "dispatched") },
      }),
    );
    expect(backup.assignments.map((a) => a.id)).toEqual([10, 11]);
    expect(backup.incidents.find((i) => i.id === 2)?.status).toBe("dispatched");
  });

  it("keeps the calls linked to open incidents, not the others", () => {
    const linked = applyBoardEvent(board, event({ type: "call.linked", payload: { call: call(101, 2) } }));
    expect(linked.calls.map((c) => c.id)).toEqual([100, 101]);
    const unlinked = applyBoardEvent(linked, event({ type: "call.rang", payload: { call: call(102, null) } }));
    expect(unlinked).toBe(linked);
  });

  it("lets what a closed incident held leave with it", () => {
    const closed = applyBoardEvent(
      board,
      event({
        type: "incident.closed",
        payload: { incident: incident(1, "closed"), disposition: "resolved", note: null },
      }),
    );
    expect(closed).toEqual({
      incidents: [incident(2)],
      assignments: [],
      calls: [],
      escalations: [],
      recommendations: {},
    });
  });

  it("keeps each open incident's latest ranking, and forgets it with the incident", () => {
    const station = { id: 5, code: "POLSEK-3173060" } as RecommendedStation;
    const ranked = applyBoardEvent(board, {
      ...event({ type: "incident.recommended", payload: { stations: [station], reason: "created" } }),
      incidentId: 2,
    });
    expect(ranked.recommendations).toEqual({ 2: [station] });
    const closed = applyBoardEvent(
      ranked,
      event({
        type: "incident.closed",
        payload: { incident: incident(2, "closed"), disposition: "resolved", note: null },
      }),
    );
    expect(closed.recommendations).toEqual({});
  });

  it("moves an incident's place on the board", () => {
    const moved = { ...incident(1), lat: -6.28 };
    const after = applyBoardEvent(
      board,
      event({ type: "incident.moved", payload: { incident: moved, from: { lat: -6.16, lon: 106.85 }, reason: "x" } }),
    );
    expect(after.incidents.find((i) => i.id === 1)?.lat).toBe(-6.28);
  });
});
