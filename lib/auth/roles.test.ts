import { describe, expect, it } from "vitest";

import { homeFor, isRole, screensFor } from "./roles";

describe("roles", () => {
  it("gives each role its own home screen", () => {
    expect(homeFor("operator")).toBe("/calls");
    expect(homeFor("dispatcher")).toBe("/dispatch");
    expect(homeFor("polsek")).toBe("/polsek");
    expect(homeFor("supervisor")).toBe("/supervisor");
    expect(homeFor("monitor")).toBe("/cameras/live");
    expect(homeFor("admin")).toBe("/admin");
  });

  it("lands every role on a screen it may see", () => {
    for (const role of ["operator", "dispatcher", "polsek", "supervisor", "monitor", "admin"] as const)
      expect(screensFor(role)).toContain(homeFor(role));
  });

  it("keeps the admin screen to admins and the polsek screen to polsek officers", () => {
    expect(screensFor("admin")).toContain("/admin");
    expect(screensFor("supervisor")).not.toContain("/admin");
    expect(screensFor("polsek")).toEqual(["/polsek", "/map"]);
  });

  it("rejects unknown roles", () => {
    expect(isRole("dispatcher")).toBe(true);
    expect(isRole("user")).toBe(false);
  });
});
