import { describe, expect, it } from "vitest";

import type { CallView } from "@/lib/calls/call-view";
import type { CallEventType, LoggedEvent } from "@/lib/realtime/events";

import { applyCallEvent, formatDuration, isActive, needsCallback, waitedSeconds } from "./apply-call-event";

const call = (id: number, over: Partial<CallView> = {}): CallView => ({
  id,
  callSid: `CA${id}`,
  callerNumber: "+62811",
  status: "ringing",
  training: false,
  manual: false,
  ringingAt: "2026-11-22T03:00:00.000Z",
  answeredAt: null,
  endedAt: null,
  classification: null,
  callTakerId: null,
  incidentId: null,
  calledBackAt: null,
  ...over,
});
const event = (type: Exclude<CallEventType, "call.released">, c: CallView, seq = 1): LoggedEvent => ({
  seq,
  type,
  incidentId: null,
  stationId: null,
  payload: { call: c },
  actorId: null,
  at: "",
});

describe("applyCallEvent", () => {
  it("puts a new call at the top and replaces a known one", () => {
    const list = applyCallEvent([call(1)], event("call.rang", call(2)));
    expect(list.map((c) => c.id)).toEqual([2, 1]);
    const answered = applyCallEvent(list, event("call.answered", call(1, { status: "in_progress" })));
    expect(answered.map((c) => [c.id, c.status])).toEqual([
      [2, "ringing"],
      [1, "in_progress"],
    ]);
  });

  // A screen's data may already hold an event that its cursor then brings (the page was read
  // after it committed): applying it again must change nothing.
  it("applies an event the list already holds without adding anything", () => {
    const answered = event("call.answered", call(1, { status: "in_progress" }));
    const once = applyCallEvent([call(2), call(1)], answered);
    expect(applyCallEvent(once, answered)).toEqual(once);
    expect(applyCallEvent(applyCallEvent([], event("call.rang", call(3))), event("call.rang", call(3)))).toEqual([
      call(3),
    ]);
  });

  it("ignores events about other things", () => {
    const list = [call(1)];
    expect(
      applyCallEvent(list, {
        seq: 2,
        type: "station.staffing_changed",
        incidentId: null,
        stationId: 3,
        payload: { code: "P", staffed: true },
        actorId: null,
        at: "",
      }),
    ).toBe(list);
  });

  it("tells queue calls from callback calls", () => {
    expect(isActive(call(1))).toBe(true);
    expect(isActive(call(1, { status: "in_progress", classification: "prank" }))).toBe(false);
    expect(needsCallback(call(1, { status: "abandoned" }))).toBe(true);
    expect(needsCallback(call(1, { status: "abandoned", calledBackAt: "2026-11-22T03:05:00Z" }))).toBe(false);
  });

  it("counts the wait until the answer, or until now while ringing", () => {
    const now = new Date("2026-11-22T03:01:05Z").getTime();
    expect(waitedSeconds(call(1), now)).toBe(65);
    expect(waitedSeconds(call(1, { answeredAt: "2026-11-22T03:00:12Z" }), now)).toBe(12);
    expect(formatDuration(65)).toBe("1:05");
  });
});
