import { describe, expect, it } from "vitest";

import { escalationSweepMs } from "./escalate-overdue-assignments";

describe("escalationSweepMs", () => {
  it.each([
    // A quarter of the shortest deadline, so an alert comes at most that late...
    [{ P1: 8, P2: 60, P3: 180, P4: 180 }, 2_000],
    // ...but never less often than every 5 s (the defaults), nor more often than every second.
    [{ P1: 60, P2: 60, P3: 180, P4: 180 }, 5_000],
    [{ P1: 2, P2: 2, P3: 2, P4: 2 }, 1_000],
    [{ P1: 600, P2: 600, P3: 600, P4: 12 }, 3_000],
  ])("%j: every %d ms", (timeouts, ms) => {
    expect(escalationSweepMs(timeouts)).toBe(ms);
  });
});
