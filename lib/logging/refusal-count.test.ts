import { describe, expect, it } from "vitest";

import { createRefusalCount } from "./refusal-count";

describe("createRefusalCount", () => {
  it("counts refusals by status and starts again after each take", () => {
    const count = createRefusalCount();
    for (const s of [401, 401, 403, 422, 401]) count.add(s);
    expect(count.take()).toEqual({ "401": 3, "403": 1, "422": 1 });
    expect(count.take()).toEqual({});
  });
});
