import { describe, expect, it } from "vitest";

import { incidentStatuses } from "@/lib/incidents/vocabulary";

import { canCloseIncident, canMoveAssignment, incidentStatusFor } from "./assignment-machine";
import { type AssignmentStatus, assignmentStatuses } from "./vocabulary";

// Every pair (from, to): allowed exactly when listed here.
const allowed: Record<AssignmentStatus, AssignmentStatus[]> = {
  dispatched: ["acknowledged", "cancelled"],
  acknowledged: ["en_route", "cancelled"],
  en_route: ["on_scene", "cancelled"],
  on_scene: ["cleared", "cancelled"],
  cleared: [],
  cancelled: [],
};

describe("assignment transitions", () => {
  const table = assignmentStatuses.flatMap((from) =>
    assignmentStatuses.map((to) => ({ from, to, ok: allowed[from].includes(to) })),
  );
  it.each(table)("$from -> $to: $ok", ({ from, to, ok }) => {
    expect(canMoveAssignment(from, to)).toBe(ok);
  });
});

describe("incident status from its assignments", () => {
  it.each<[AssignmentStatus[], string]>([
    [[], "open"],
    [["cancelled"], "open"],
    [["dispatched"], "dispatched"],
    [["acknowledged", "cancelled"], "dispatched"],
    [["en_route"], "dispatched"],
    [["on_scene", "dispatched"], "on_scene"],
    [["cleared"], "on_scene"],
    [["cleared", "cancelled", "dispatched"], "on_scene"],
  ])("%j -> %s", (assignments, status) => {
    expect(incidentStatusFor("open", assignments)).toBe(status);
    expect(incidentStatusFor("dispatched", assignments)).toBe(status);
  });

  it("leaves a closed or cancelled incident so", () => {
    expect(incidentStatusFor("closed", ["dispatched"])).toBe("closed");
    expect(incidentStatusFor("cancelled", ["on_scene"])).toBe("cancelled");
  });

  it.each(incidentStatuses)("closes a %s incident only when no station is still working it", (status) => {
    const open = status !== "closed" && status !== "cancelled";
    expect(canCloseIncident(status, [])).toBe(open);
    expect(canCloseIncident(status, ["cleared", "cancelled"])).toBe(open);
    for (const active of ["dispatched", "acknowledged", "en_route", "on_scene"] as const)
      expect(canCloseIncident(status, ["cleared", active])).toBe(false);
  });
});
