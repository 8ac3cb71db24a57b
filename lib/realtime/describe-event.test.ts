import { describe, expect, it } from "vitest";

import type { CallView } from "@/lib/calls/call-view";
import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";
import type { IncidentView } from "@/lib/incidents/incident-view";

import { describeEvent } from "./describe-event";
import { callEventTypes, type LoggedEvent } from "./events";

const base = { seq: 1, incidentId: null, stationId: 7, actorId: null, at: "2026-11-25T00:00:00.000Z" };
const call = { id: 1, callerNumber: "+6281300000001", status: "in_progress", classification: "prank" } as CallView;
const incident = {
  number: "112-20261125-0001",
  priority: "P1",
  type: "kebakaran",
  lat: -6.17,
  lon: 106.82,
  kelurahan: { code: "1", name: "Gambir" },
  kecamatan: null,
} as IncidentView;

describe("describeEvent", () => {
  it("names the caller of every call event, with the codes the screen translates", () => {
    for (const type of callEventTypes.filter((t) => t !== "call.released")) {
      const line = describeEvent({ ...base, type, payload: { call } });
      expect(line.key).not.toBe("other");
      expect(line.values).toEqual({ number: "+6281300000001", callStatus: "in_progress", classification: "prank" });
    }
  });

  it("says why a call went back to the queue", () => {
    const ringing = { ...call, status: "ringing", classification: null } as CallView;
    expect(
      describeEvent({ ...base, type: "call.released", payload: { call: ringing, reason: "timeout", heldBy: "u1" } }),
    ).toEqual({
      key: "callReleased",
      values: { number: "+6281300000001", callStatus: "ringing", classification: "", reason: "timeout" },
    });
    expect(
      describeEvent({ ...base, type: "call.released", payload: { call: ringing, reason: "handover", heldBy: "u1" } })
        .values.reason,
    ).toBe("handover");
    expect(id.events.callReleased).toContain("{reason, select,");
    expect(en.events.callReleased).toContain("{reason, select,");
  });

  it("gives a new incident's number, priority, type and kelurahan", () => {
    expect(describeEvent({ ...base, type: "incident.created", payload: { incident, placeMethod: "polygon" } })).toEqual(
      {
        key: "incidentCreated",
        values: { number: "112-20261125-0001", priority: "P1", incidentType: "kebakaran", where: "Gambir" },
      },
    );
  });

  it("reads a staffing change, and falls back to the raw type for an event it does not know", () => {
    const staffing: LoggedEvent = {
      ...base,
      type: "station.staffing_changed",
      payload: { code: "POLSEK-3173060", staffed: false },
    };
    expect(describeEvent(staffing)).toEqual({
      key: "stationStaffing",
      values: { code: "POLSEK-3173060", staffed: "false" },
    });
    // An event of a newer console, read from the log by an older one.
    const newer = JSON.parse('{"seq":2,"type":"assignment.created","payload":{}}') as LoggedEvent;
    expect(describeEvent(newer)).toEqual({ key: "other", values: { type: "assignment.created" } });
  });

  it("says how many calls the retention job anonymised, and before which day", () => {
    const event: LoggedEvent = {
      seq: 9,
      type: "audit.retention_applied",
      payload: { calls: 12, before: "2025-11-26T02:00:00.000Z", days: 365 },
      incidentId: null,
      stationId: null,
      actorId: null,
      at: "2026-11-26T02:00:00.000Z",
    };
    expect(describeEvent(event)).toEqual({
      key: "retentionApplied",
      values: { calls: "12", days: "365", before: "2025-11-26" },
    });
  });

  it("has a message for every key in both languages", () => {
    const keys = [
      "callRang",
      "callLogged",
      "callAnswered",
      "callEnded",
      "callClassified",
      "callLinked",
      "callCalledBack",
      "signedIn",
      "signInRefused",
      "lockedOut",
      "retentionApplied",
      "callReleased",
      "incidentCreated",
      "stationStaffing",
      "assignmentDispatched",
      "assignmentUpdated",
      "incidentClosed",
      "other",
    ];
    for (const messages of [id, en]) expect(Object.keys(messages.events).sort()).toEqual([...keys].sort());
  });
});
