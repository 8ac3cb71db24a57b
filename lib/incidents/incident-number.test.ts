import { describe, expect, it } from "vitest";
import { incidentNumberPrefix, jakartaDay } from "./incident-number";

describe("incident numbers", () => {
  it("counts by the day in Jakarta, which starts at 17:00 UTC", () => {
    expect(jakartaDay(new Date("2026-11-22T16:59:59Z"))).toBe("2026-11-22");
    expect(jakartaDay(new Date("2026-11-22T17:00:00Z"))).toBe("2026-11-23");
    expect(jakartaDay(new Date("2026-12-31T18:30:00Z"))).toBe("2027-01-01");
  });

  it("prefixes numbers with 112 and the day", () => {
    expect(incidentNumberPrefix("2026-11-22")).toBe("112-20261122-");
  });
});
