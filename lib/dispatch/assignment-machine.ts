import type { IncidentStatus } from "@/lib/incidents/vocabulary";

import { activeAssignmentStatuses, type AssignmentStatus } from "./vocabulary";

// The one place that says which step may follow which. A station's assignment moves forward
// one step at a time; it can be called off (cancelled) until it is cleared; cleared and
// cancelled are final.
const NEXT: Readonly<Record<AssignmentStatus, readonly AssignmentStatus[]>> = {
  dispatched: ["acknowledged", "cancelled"],
  acknowledged: ["en_route", "cancelled"],
  en_route: ["on_scene", "cancelled"],
  on_scene: ["cleared", "cancelled"],
  cleared: [],
  cancelled: [],
};

export const nextAssignmentStatuses = (from: AssignmentStatus): readonly AssignmentStatus[] => NEXT[from];

export const canMoveAssignment = (from: AssignmentStatus, to: AssignmentStatus): boolean => NEXT[from].includes(to);

export const isActiveAssignment = (status: AssignmentStatus): boolean =>
  (activeAssignmentStatuses as readonly AssignmentStatus[]).includes(status);

/**
 * The incident's status as its assignments make it: on scene once any station is or was there,
 * dispatched while any is on its way, open when none is. A closed or cancelled incident stays so.
 */
export function incidentStatusFor(current: IncidentStatus, assignments: readonly AssignmentStatus[]): IncidentStatus {
  if (current === "closed" || current === "cancelled") return current;
  if (assignments.some((s) => s === "on_scene" || s === "cleared")) return "on_scene";
  if (assignments.some(isActiveAssignment)) return "dispatched";
  return "open";
}

/** An incident may be closed when it is not yet and no station is still working it. */
export const canCloseIncident = (current: IncidentStatus, assignments: readonly AssignmentStatus[]): boolean =>
  current !== "closed" && current !== "cancelled" && !assignments.some(isActiveAssignment);
