import { describe, expect, it } from "vitest";

import { scrubPersonalData } from "./scrub";

describe("scrubPersonalData", () => {
  it("hides phone numbers in every form callers' numbers arrive in", () => {
    for (const n of ["+6281234567890", "081234567890", "+62 812-3456-7890", "6281234567890"])
      expect(scrubPersonalData(`caller ${n} rang`)).toBe("caller [number] rang");
  });

  it("hides tokens, API keys, stream credentials and a failed query's parameters", () => {
    expect(scrubPersonalData("Authorization: Bearer abc.def")).toBe("Authorization: Bearer [redacted]");
    expect(scrubPersonalData("key siaga_AbC123-x refused")).toBe("key [api key] refused");
    expect(scrubPersonalData("open rtsp://admin:pw@10.0.0.5/live")).toBe("open [stream address]");
    expect(scrubPersonalData('Failed query: insert into "calls" values ($1)\nparams: +628123,x')).toBe(
      'Failed query: insert into "calls" values ($1)\nparams: [redacted]',
    );
  });

  it("keeps what a log needs: ids, durations, times", () => {
    const line = "incident 1234 created in 12 ms at 2026-11-26T02:09:24Z";
    expect(scrubPersonalData(line)).toBe(line);
  });
});
