import { describe, expect, it } from "vitest";

import { answerRefusal } from "./answer-refusal";

describe("answerRefusal", () => {
  it("tells a call-taker who lost the race after Twilio was asked that the caller may be on their line", () => {
    const message = answerRefusal({ id: 7, status: "in_progress", callTakerId: "other" }, "me", true);
    expect(message).toMatch(/^Call 7 was answered by another call-taker\./);
    expect(message).toMatch(/caller may be on your line/);
    expect(message).toMatch(/never hang up/);
  });

  it("says only that someone else answered when Twilio was not asked", () => {
    expect(answerRefusal({ id: 7, status: "in_progress", callTakerId: "other" }, "me", false)).toBe(
      "Call 7 was answered by another call-taker.",
    );
  });

  it("recognises the call-taker's own earlier answer", () => {
    expect(answerRefusal({ id: 7, status: "in_progress", callTakerId: "me" }, "me", true)).toBe(
      "Call 7 is already answered by you.",
    );
  });

  it("says the caller hung up, and that the bridge came too late", () => {
    expect(answerRefusal({ id: 7, status: "abandoned", callTakerId: null }, "me", false)).toBe(
      "Call 7 is not ringing: the caller hung up.",
    );
    expect(answerRefusal({ id: 7, status: "abandoned", callTakerId: null }, "me", true)).toMatch(
      /hung up\. Twilio had been asked .* but the call had ended\.$/,
    );
    expect(answerRefusal({ id: 7, status: "no_answer", callTakerId: null }, "me", false)).toBe(
      "Call 7 is not ringing: it is no answer.",
    );
  });
});
