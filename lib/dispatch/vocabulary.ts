// The life of one station's assignment to an incident.
export const assignmentStatuses = ["dispatched", "acknowledged", "en_route", "on_scene", "cleared"] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];
