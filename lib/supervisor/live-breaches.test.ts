import { describe, expect, it } from "vitest";

import type { CallView } from "@/lib/calls/call-view";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent } from "@/lib/realtime/events";

import { applyFloorEvent, type LiveFloor, summarizeFloor } from "./live-breaches";

const now = Date.parse("2026-03-10T08:00:00Z");
const ago = (s: number) => new Date(now - s * 1000).toISOString();

const incident = (id: number, ageS: number, status: IncidentView["status"] = "open"): IncidentView => ({
  id,
  number: `112-20260310-${id}`,
  type: "kebakaran",
  priority: "P1",
  status,
  disposition: null,
  source: "call",
  sourceCameraId: null,
  lat: -6.2,
  lon: 106.8,
  address: null,
  description: null,
  kelurahan: null,
  kecamatan: null,
  kota: null,
  createdBy: null,
  training: false,
  createdAt: ago(ageS),
});
const assignment = (incidentId: number, patch: Partial<AssignmentView>): AssignmentView => ({
  id: incidentId * 10,
  incidentId,
  stationId: 1,
  stationCode: "A",
  stationName: "Polsek A",
  status: "dispatched",
  dispatcherId: null,
  dispatchedAt: ago(30),
  acknowledgedAt: null,
  enRouteAt: null,
  onSceneAt: null,
  clearedAt: null,
  cancelledAt: null,
  unit: null,
  outcome: null,
  fieldReport: null,
  note: null,
  ackDueAt: null,
  escalatedAt: null,
  escalationHandledAt: null,
  ...patch,
});
const call = (id: number, patch: Partial<CallView>): CallView => ({
  id,
  callSid: null,
  callerNumber: `+62811${id}`,
  status: "ringing",
  training: false,
  manual: false,
  ringingAt: ago(10),
  answeredAt: null,
  endedAt: null,
  classification: null,
  callTakerId: null,
  incidentId: null,
  calledBackAt: null,
  ...patch,
});

const floor: LiveFloor = {
  incidents: [incident(1, 90), incident(2, 30), incident(3, 1000, "dispatched"), incident(4, 200, "dispatched")],
  assignments: [
    assignment(3, { status: "en_route" }),
    assignment(4, { ackDueAt: ago(5) }), // its deadline passed 5 s ago
  ],
  calls: [
    call(1, { ringingAt: ago(40) }),
    call(2, { ringingAt: ago(12) }),
    call(3, { status: "in_progress", callTakerId: "u1", answeredAt: ago(100) }),
    call(4, { status: "in_progress", callTakerId: "u1", answeredAt: ago(50) }),
    call(5, { status: "in_progress", callTakerId: "u2", answeredAt: ago(50) }),
    call(6, { status: "abandoned", ringingAt: ago(700), endedAt: ago(600) }),
  ],
};

describe("the supervisor's live floor", () => {
  it("lists the incidents past a target, the queue, the callbacks and each call-taker's load", () => {
    const s = summarizeFloor(floor, now);
    // 1: not dispatched in 60 s; 3: nobody on scene in 15 minutes; 4: not acknowledged by its deadline.
    expect(s.breaches.map((b) => [b.incident.id, b.missed])).toEqual([
      [3, "on_scene"],
      [4, "acknowledge"],
      [1, "dispatch"],
    ]);
    expect(s.queue).toEqual({ length: 2, longestWaitS: 40 });
    expect(s.callbacks).toEqual({ count: 1, longestWaitS: 600 });
    expect(s.loads).toEqual([
      { callTakerId: "u1", calls: 2 },
      { callTakerId: "u2", calls: 1 },
    ]);
  });

  it("follows events: an answered call leaves the queue, a called-back call the list, a dispatch clears a breach", () => {
    const event = (type: string, payload: object, seq: number) =>
      ({ seq, type, payload, incidentId: null, stationId: null, actorId: null, at: ago(0) }) as LoggedEvent;
    let f = applyFloorEvent(
      floor,
      event("call.answered", { call: call(1, { status: "in_progress", callTakerId: "u2" }) }, 1),
    );
    f = applyFloorEvent(
      f,
      event("call.called_back", { call: call(6, { status: "abandoned", calledBackAt: ago(0) }) }, 2),
    );
    f = applyFloorEvent(
      f,
      event(
        "assignment.dispatched",
        { assignment: assignment(1, { dispatchedAt: ago(0) }), incident: incident(1, 90, "dispatched") },
        3,
      ),
    );
    const s = summarizeFloor(f, now);
    expect(s.queue).toEqual({ length: 1, longestWaitS: 12 });
    expect(s.callbacks).toEqual({ count: 0, longestWaitS: null });
    expect(s.loads).toContainEqual({ callTakerId: "u2", calls: 2 });
    expect(s.breaches.map((b) => b.incident.id)).toEqual([3, 4]);
  });
});
