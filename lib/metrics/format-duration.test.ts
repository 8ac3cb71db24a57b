import { describe, expect, it } from "vitest";

import { formatDuration, formatShare } from "./format-duration";

describe("formatDuration", () => {
  it("gives seconds under two minutes, minutes and seconds above, a dash for none", () => {
    expect(formatDuration(11.4)).toBe("11 s");
    expect(formatDuration(119.4)).toBe("119 s");
    expect(formatDuration(725)).toBe("12:05");
    expect(formatDuration(3 * 3600 + 5 * 60 + 9)).toBe("3 h 05 m");
    expect(formatDuration(null)).toBe("—");
  });
  it("gives shares as whole percentages", () => {
    expect(formatShare(2 / 3)).toBe("67%");
    expect(formatShare(null)).toBe("—");
  });
});
