import { describe, expect, it } from "vitest";

import { misplacedDuplicate, scheduleCalls } from "./schedule-calls";
import { scenarioById } from "./shipped-scenarios";

const s = (id: string) => scenarioById(id)!;
const start = new Date("2026-11-26T03:00:00Z");

describe("scheduleCalls", () => {
  it("rings each trainee the same calls at the same paced times", () => {
    const plan = {
      traineeIds: ["a", "b"],
      scenarios: [s("iseng-tertawa"), s("ambulans-blok-m")],
      paceSeconds: 20,
      burst: false,
    };
    const calls = scheduleCalls(plan, start);
    expect(calls.map((c) => [c.traineeId, c.scenarioId, (c.dueAt.getTime() - start.getTime()) / 1000])).toEqual([
      ["a", "iseng-tertawa", 0],
      ["a", "ambulans-blok-m", 20],
      ["b", "iseng-tertawa", 0],
      ["b", "ambulans-blok-m", 20],
    ]);
  });

  it("rings a burst all at once", () => {
    const plan = {
      traineeIds: ["a"],
      scenarios: [s("iseng-tertawa"), s("ambulans-blok-m")],
      paceSeconds: 0,
      burst: true,
    };
    expect(new Set(scheduleCalls(plan, start).map((c) => c.dueAt.getTime()))).toEqual(new Set([start.getTime()]));
  });

  it("finds a duplicate placed before the call it repeats", () => {
    expect(misplacedDuplicate([s("kecelakaan-semanggi-lagi"), s("kecelakaan-semanggi")])?.id).toBe(
      "kecelakaan-semanggi-lagi",
    );
    expect(misplacedDuplicate([s("kecelakaan-semanggi"), s("kecelakaan-semanggi-lagi")])).toBeNull();
  });
});
