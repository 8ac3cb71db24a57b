import { describe, expect, it } from "vitest";

import type { CallView } from "@/lib/calls/call-view";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent } from "@/lib/realtime/events";

import { scoreCall } from "./score-call";
import { scenarioById } from "./shipped-scenarios";

const t0 = Date.parse("2026-11-26T03:00:00.000Z");
const at = (s: number) => new Date(t0 + s * 1000).toISOString();
const call = (patch: Partial<CallView> = {}) =>
  ({ id: 5, classification: null, incidentId: null, ...patch }) as CallView;
const base = { incidentId: null, stationId: null, actorId: "t1", traineeId: "t1" };
let seq = 0;
const ev = (s: number, e: Pick<LoggedEvent, "type" | "payload"> & { incidentId?: number }) =>
  ({ ...base, seq: ++seq, at: at(s), ...e }) as LoggedEvent;
const who = { trainingCallId: 1, sessionId: 2, traineeId: "t1", callId: 5 };

const tarakan = scenarioById("ambulans-rsud-tarakan")!;
const incident = (patch: Partial<IncidentView>) =>
  ({ id: 9, type: "medis", priority: "P1", lat: -6.1719, lon: 106.8103, kelurahan: null, ...patch }) as IncidentView;
const dispatch = (code: string) =>
  ({ assignment: { stationCode: code } as AssignmentView, incident: incident({}) }) as const;

function emergency(opts: { place: Partial<IncidentView>; station: string; dispatchAt: number }) {
  return [
    ev(0, { type: "call.rang", payload: { call: call() } }),
    ev(3, { type: "call.answered", payload: { call: call() } }),
    ev(14, {
      type: "incident.created",
      incidentId: 9,
      payload: { incident: incident(opts.place), placeMethod: "polygon" },
    }),
    ev(14, { type: "call.classified", payload: { call: call({ classification: "emergency", incidentId: 9 }) } }),
    ev(opts.dispatchAt, { type: "assignment.dispatched", incidentId: 9, payload: dispatch(opts.station) }),
  ];
}

describe("scoreCall", () => {
  it("times an emergency from the log and checks its answers", () => {
    const score = scoreCall(tarakan, who, emergency({ place: {}, station: "POLSEK-3173080", dispatchAt: 25 }));
    expect(score).toMatchObject({
      answerS: 3,
      placeS: 14,
      placeCorrect: true,
      typeCorrect: true,
      priorityCorrect: true,
      classificationGiven: "emergency",
      classificationCorrect: true,
      dispatchS: 25,
      stationGiven: "POLSEK-3173080",
      stationCorrect: true,
      handledS: 25,
      within30s: true,
    });
    expect(score.placeErrorM).toBeLessThan(50);
  });

  it("marks a place 1 km off in another kelurahan wrong, the right kelurahan right, and a slow wrong station", () => {
    const far = scoreCall(
      tarakan,
      who,
      emergency({ place: { lat: -6.1809 }, station: "POLSEK-3173010", dispatchAt: 41 }),
    );
    expect(far).toMatchObject({ placeCorrect: false, placeS: null, stationCorrect: false, within30s: false });
    expect(far.placeErrorM).toBeGreaterThan(900);
    const sameKel = incident({ lat: -6.1809, kelurahan: { code: "3173080001", name: "Cideng" } });
    const kel = scoreCall(tarakan, who, emergency({ place: sameKel, station: "POLSEK-3173080", dispatchAt: 20 }));
    expect(kel.placeCorrect).toBe(true);
  });

  it("scores a prank by its classification, and an emergency taken for a prank as wrong", () => {
    const prank = scenarioById("iseng-tertawa")!;
    const events = [
      ev(0, { type: "call.rang", payload: { call: call() } }),
      ev(2, { type: "call.answered", payload: { call: call() } }),
      ev(9, { type: "call.classified", payload: { call: call({ classification: "prank" }) } }),
    ];
    expect(scoreCall(prank, who, events)).toMatchObject({
      classificationCorrect: true,
      handledS: 9,
      within30s: true,
      placeCorrect: null,
      typeCorrect: null,
      stationCorrect: null,
    });
    expect(scoreCall(tarakan, who, events)).toMatchObject({
      classificationCorrect: false,
      placeCorrect: false,
      typeCorrect: false,
      handledS: null,
      within30s: false,
    });
  });

  it("reads a duplicate from its link, not from the incident made before it rang", () => {
    const dup = scenarioById("kecelakaan-semanggi-lagi")!;
    const before = ev(-60, { type: "assignment.dispatched", incidentId: 9, payload: dispatch("POLSEK-3171100") });
    const events = [
      before,
      ev(0, { type: "call.rang", payload: { call: call() } }),
      ev(4, { type: "call.answered", payload: { call: call() } }),
      ev(12, { type: "call.linked", payload: { call: call({ classification: "duplicate", incidentId: 9 }) } }),
    ];
    expect(scoreCall(dup, who, events)).toMatchObject({
      classificationCorrect: true,
      dispatchS: null,
      handledS: 12,
      within30s: true,
    });
  });

  it("scores a call that never rang as missed", () => {
    expect(scoreCall(tarakan, { ...who, callId: null }, [])).toMatchObject({
      answerS: null,
      classificationCorrect: false,
      within30s: false,
    });
  });
});
