import { describe, expect, it } from "vitest";

import { jakartaDate, overwriteDate, overwritesSoon } from "./overwrite-date";

describe("the recorder's overwrite date", () => {
  it("counts the retention days from the window's start, in Jakarta's calendar", () => {
    // 18:30 UTC is 01:30 the next day in Jakarta.
    expect(jakartaDate(new Date("2026-11-25T18:30:00Z"))).toBe("2026-11-26");
    expect(overwriteDate(new Date("2026-11-25T03:00:00Z"), 7)).toBe("2026-12-02");
    expect(overwriteDate(new Date("2026-11-25T03:00:00Z"), null)).toBeNull();
  });

  it("flags open requests within two days of it, never closed ones", () => {
    const now = new Date("2026-11-26T03:00:00Z");
    expect(overwritesSoon("requested", "2026-11-28", now)).toBe(true);
    expect(overwritesSoon("sent_to_owner", "2026-11-25", now)).toBe(true);
    expect(overwritesSoon("approved", "2026-11-29", now)).toBe(false);
    expect(overwritesSoon("received", "2026-11-26", now)).toBe(false);
    expect(overwritesSoon("refused", "2026-11-26", now)).toBe(false);
    expect(overwritesSoon("requested", null, now)).toBe(false);
  });
});
