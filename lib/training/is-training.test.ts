import { describe, expect, it } from "vitest";

import { isTraining } from "./is-training";

describe("isTraining", () => {
  it("tells a trainee's row or an incident's view from real work", () => {
    expect(isTraining({ traineeId: "u1" })).toBe(true);
    expect(isTraining({ traineeId: null })).toBe(false);
    expect(isTraining({ training: true })).toBe(true);
    expect(isTraining({ training: false })).toBe(false);
  });
});
