import { describe, expect, it } from "vitest";

import { callChangeFor, type CallTimes } from "./call-change";

const at = new Date("2026-11-22T03:00:10Z");
const ringing: CallTimes = { status: "ringing", answeredAt: null, endedAt: null };
const answered: CallTimes = { status: "in_progress", answeredAt: new Date("2026-11-22T03:00:05Z"), endedAt: null };

describe("callChangeFor", () => {
  it("records the answer once", () => {
    expect(callChangeFor(ringing, "in-progress", at)).toEqual({ status: "in_progress", answeredAt: at });
    expect(callChangeFor(answered, "in-progress", at)).toBeNull();
  });

  it("ends an answered call as completed and an unanswered one as abandoned", () => {
    expect(callChangeFor(answered, "completed", at)).toEqual({ status: "completed", endedAt: at });
    expect(callChangeFor(ringing, "completed", at)).toEqual({ status: "abandoned", endedAt: at });
    expect(callChangeFor(ringing, "canceled", at)).toEqual({ status: "abandoned", endedAt: at });
  });

  it("records busy, no-answer and failed with their time", () => {
    expect(callChangeFor(ringing, "busy", at)).toEqual({ status: "busy", endedAt: at });
    expect(callChangeFor(ringing, "no-answer", at)).toEqual({ status: "no_answer", endedAt: at });
    expect(callChangeFor(ringing, "failed", at)).toEqual({ status: "failed", endedAt: at });
  });

  it("never changes an ended call, whatever arrives late", () => {
    const ended: CallTimes = { status: "completed", answeredAt: answered.answeredAt, endedAt: at };
    for (const s of ["ringing", "in-progress", "completed", "busy", "failed"] as const)
      expect(callChangeFor(ended, s, at)).toBeNull();
  });

  it("ignores ringing and queued, which the voice webhook already recorded", () => {
    expect(callChangeFor(ringing, "ringing", at)).toBeNull();
    expect(callChangeFor(ringing, "queued", at)).toBeNull();
  });
});
