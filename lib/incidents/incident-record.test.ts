import { describe, expect, it } from "vitest";

import { recordSource } from "@/lib/testing/record-source";

import { intervalsOf, shapeIncidentRecord, stepsOf } from "./incident-record";

describe("the incident record", () => {
  it("lists every event in log order with who did it", () => {
    const record = shapeIncidentRecord(recordSource(), "supervisor");
    expect(record.timeline.map((e) => e.seq)).toEqual([...Array(13).keys()].map((i) => 100 + i));
    expect(record.timeline.map((e) => e.type)).toEqual([
      "call.rang",
      "call.answered",
      "incident.created",
      "call.linked",
      "assignment.dispatched",
      "auth.camera_view_opened",
      "assignment.updated",
      "assignment.updated",
      "auth.camera_view_closed",
      "assignment.updated",
      "incident.noted",
      "assignment.updated",
      "incident.closed",
    ]);
    // The ring has no actor (Twilio rang it); the rest name a person and their role.
    expect(record.timeline[0]).toMatchObject({ actor: null, actorRole: null, line: { key: "callRang" } });
    expect(record.timeline[6]).toMatchObject({ actor: "Test polsek", actorRole: "polsek" });
    expect(record.timeline[6]!.line.values).toMatchObject({ assignmentStatus: "acknowledged", unit: "Patroli 2" });
    expect(record.createdByName).toBe("Test operator");
  });

  it("shows callers' numbers to a supervisor and masks them for an admin, in the calls and the events", () => {
    const supervisor = shapeIncidentRecord(recordSource(), "supervisor");
    expect(supervisor.calls[0]).toMatchObject({ callerNumber: "+6281277788899", callTakerName: "Test operator" });
    expect(supervisor.timeline[0]!.line.values.number).toBe("+6281277788899");
    const admin = shapeIncidentRecord(recordSource(), "admin");
    expect(admin.calls[0]!.callerNumber).toBe("+62••••••••899");
    expect(JSON.stringify(admin)).not.toContain("81277788899");
  });

  it("gives each assignment's steps in order with the seconds since dispatch", () => {
    const [a] = shapeIncidentRecord(recordSource(), "supervisor").assignments;
    expect(a!.dispatcherName).toBe("Test dispatcher");
    expect(a!.steps).toEqual([
      { step: "dispatched", at: "2026-11-26T10:01:00.000Z", afterS: 0 },
      { step: "acknowledged", at: "2026-11-26T10:01:30.000Z", afterS: 30 },
      { step: "en_route", at: "2026-11-26T10:02:00.000Z", afterS: 60 },
      { step: "on_scene", at: "2026-11-26T10:09:00.000Z", afterS: 480 },
      { step: "cleared", at: "2026-11-26T10:40:00.000Z", afterS: 2340 },
    ]);
    const cancelled = stepsOf({
      ...a!,
      acknowledgedAt: null,
      enRouteAt: null,
      onSceneAt: null,
      clearedAt: null,
      cancelledAt: "2026-11-26T10:03:00.000Z",
    });
    expect(cancelled.map((s) => s.step)).toEqual(["dispatched", "cancelled"]);
  });

  it("measures the incident's own response times from its first call", () => {
    const { calls, assignments } = recordSource();
    expect(intervalsOf(calls, assignments)).toEqual({
      answer: 12,
      processing: 48,
      acknowledgement: 30,
      travel: 420,
      total: 540,
    });
    // An incident raised from a camera has no call: no answer, no processing, no total.
    expect(intervalsOf([], assignments)).toEqual({
      answer: null,
      processing: null,
      acknowledgement: 30,
      travel: 420,
      total: null,
    });
  });

  it("pairs each camera view with its close, and names the viewer", () => {
    expect(shapeIncidentRecord(recordSource(), "supervisor").cameraViews).toEqual([
      {
        viewId: "v-1",
        cameraId: 40,
        cameraName: "Simpang Garuda",
        viewer: "Test dispatcher",
        openedAt: "2026-11-26T10:01:05.000Z",
        seconds: 90,
      },
    ]);
  });
});
