import { describe, expect, it } from "vitest";

import { formatIncidentNumber, jakartaDay } from "./incident-number";

describe("incident numbers", () => {
  it("counts by the day in Jakarta, which starts at 17:00 UTC", () => {
    expect(jakartaDay(new Date("2026-11-22T16:59:59Z"))).toBe("2026-11-22");
    expect(jakartaDay(new Date("2026-11-22T17:00:00Z"))).toBe("2026-11-23");
    expect(jakartaDay(new Date("2026-12-31T18:30:00Z"))).toBe("2027-01-01");
  });

  it("formats as 112-YYYYMMDD-NNNN, keeping every digit past 9999", () => {
    expect(formatIncidentNumber("2026-11-22", 42)).toBe("112-20261122-0042");
    expect(formatIncidentNumber("2026-11-22", 12345)).toBe("112-20261122-12345");
  });
});
