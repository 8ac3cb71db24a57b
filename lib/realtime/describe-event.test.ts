import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";
import { describeEvent } from "./describe-event";
import type { SpineEvent } from "./events";

const event = (type: string, payload: Record<string, unknown>): SpineEvent => ({ seq: 1, type, incidentId: null, stationId: 7, payload, actorId: null, at: "2026-11-25T00:00:00.000Z" });
const call = { id: 1, callerNumber: "+6281300000001", status: "in_progress", classification: "prank" };

describe("describeEvent", () => {
  it("names the caller of every call event, with the codes the screen translates", () => {
    for (const type of ["call.rang", "call.logged", "call.answered", "call.ended", "call.classified", "call.linked", "call.called_back"]) {
      const line = describeEvent(event(type, { call }));
      expect(line.key).not.toBe("other");
      expect(line.values).toEqual({ number: "+6281300000001", callStatus: "in_progress", classification: "prank" });
    }
  });

  it("says why a call went back to the queue", () => {
    const ringing = { ...call, status: "ringing", classification: null };
    expect(describeEvent(event("call.released", { call: ringing, reason: "timeout" }))).toEqual({
      key: "callReleased", values: { number: "+6281300000001", callStatus: "ringing", classification: "", reason: "timeout" },
    });
    expect(describeEvent(event("call.released", { call: ringing, reason: "handover" })).values.reason).toBe("handover");
    expect(id.events.callReleased).toContain("{reason, select,");
    expect(en.events.callReleased).toContain("{reason, select,");
  });

  it("gives a new incident's number, priority, type and kelurahan", () => {
    const incident = { number: "112-20261125-0001", priority: "P1", type: "kebakaran", lat: -6.17, lon: 106.82, kelurahan: { code: "1", name: "Gambir" }, kecamatan: null };
    expect(describeEvent(event("incident.created", { incident }))).toEqual({
      key: "incidentCreated", values: { number: "112-20261125-0001", priority: "P1", incidentType: "kebakaran", where: "Gambir" },
    });
  });

  it("reads a staffing change, and falls back to the raw type for an event it does not know", () => {
    expect(describeEvent(event("station.staffing_changed", { code: "POLSEK-3173060", staffed: false }))).toEqual({ key: "stationStaffing", values: { code: "POLSEK-3173060", staffed: "false" } });
    expect(describeEvent(event("assignment.created", {}))).toEqual({ key: "other", values: { type: "assignment.created" } });
  });

  it("has a message for every key in both languages", () => {
    const keys = ["callRang", "callLogged", "callAnswered", "callEnded", "callClassified", "callLinked", "callCalledBack", "callReleased", "incidentCreated", "stationStaffing", "other"];
    for (const messages of [id, en]) expect(Object.keys(messages.events).sort()).toEqual([...keys].sort());
  });
});
