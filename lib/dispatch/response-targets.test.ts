import { describe, expect, it } from "vitest";

import { missedTarget } from "./response-targets";
import type { AssignmentStatus } from "./vocabulary";

const T0 = Date.parse("2026-11-26T01:00:00Z");
const at = (s: number) => new Date(T0 + s * 1000).toISOString();
// Acknowledgement deadlines as the dispatch sets them: 60 s for P1, 180 s for P3.
const sent = (status: AssignmentStatus, dueS: number | null = null) => ({
  status,
  ackDueAt: dueS === null ? null : at(dueS),
});

describe("missedTarget", () => {
  const p1 = { priority: "P1" as const, status: "open" as const, createdAt: at(0) };
  const p3 = { ...p1, priority: "P3" as const };
  it.each([
    ["undispatched at 59 s", p1, [], 59, null],
    ["undispatched at 61 s", p1, [], 61, "dispatch"],
    ["only a cancelled station at 61 s", p1, [sent("cancelled")], 61, "dispatch"],
    ["P1 unacknowledged 61 s after dispatch", p1, [sent("dispatched", 70)], 71, "acknowledge"],
    ["P3 unacknowledged 61 s after dispatch", p3, [sent("dispatched", 190)], 71, null],
    ["P3 unacknowledged 181 s after dispatch", p3, [sent("dispatched", 190)], 191, "acknowledge"],
    ["P1 acknowledged, not there at 14:59", p1, [sent("en_route")], 899, null],
    ["P1 acknowledged, not there at 15:01", p1, [sent("en_route")], 901, "on_scene"],
    ["P3 not there at 20 min", p3, [sent("acknowledged")], 1200, null],
    ["P1 on scene at 20 min", p1, [sent("on_scene")], 1200, null],
    ["P1 cleared and a backup unacknowledged", p1, [sent("cleared"), sent("dispatched", 1060)], 1100, "acknowledge"],
  ] as const)("%s", (_, incident, assignments, nowS, expected) => {
    expect(missedTarget(incident, assignments, T0 + nowS * 1000)).toBe(expected);
  });

  it("holds no closed incident late", () => {
    expect(missedTarget({ ...p1, status: "closed" }, [], T0 + 3_600_000)).toBeNull();
  });
});
