import type { Role } from "@/lib/auth/roles";

/**
 * Who reads an incident's whole record, its PDF and its EIDO: supervisors and admins. The
 * record is an export for review boards and other centres, and it holds the audit trail's
 * camera views (`auth.*` events), which only these roles see. A dispatcher works the
 * incident from its detail on /dispatch, which shows its calls, assignments and timeline.
 */
export const recordReaders = ["supervisor", "admin"] as const satisfies readonly Role[];

export const mayReadRecord = (role: Role) => (recordReaders as readonly Role[]).includes(role);

/** A live camera within this distance of the place, watched while the incident was open, is in its record. */
export const RECORD_CAMERA_RADIUS_M = 500;

export const recordPath = (incidentId: number) => `/incidents/${incidentId}/record`;
