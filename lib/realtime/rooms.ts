import { consoleWideRoles, type Role } from "@/lib/auth/roles";

import { isAuditEvent, type LoggedEvent } from "./events";

export const roleRoom = (role: Role) => `role:${role}`;
export const stationRoom = (stationId: number) => `station:${stationId}`;
/** The sockets that came in on one of this user's sessions (not by an API token). */
export const sessionRoom = (userId: string) => `sessions:${userId}`;

export function roomsForUser(user: { role: Role; stationId: number | null }): string[] {
  const rooms = [roleRoom(user.role)];
  if (user.stationId !== null) rooms.push(stationRoom(user.stationId));
  return rooms;
}

/** Roles that read the audit trail's own events (sign-ins and refusals). */
export const auditRoles: readonly Role[] = ["supervisor", "admin"];

// A polsek officer hears only events of their own station; every other role hears all but
// the audit trail's own events, which only supervisors and admins hear.
export function roomsForEvent(event: Pick<LoggedEvent, "stationId" | "type">): string[] {
  if (isAuditEvent(event)) return auditRoles.map(roleRoom);
  const rooms = consoleWideRoles.map(roleRoom);
  if (event.stationId !== null) rooms.push(stationRoom(event.stationId));
  return rooms;
}

/** Which events a replay over HTTP gives a user: the same rule as the rooms. */
export interface EventScope {
  /** Only this station's events. */
  stationId?: number;
  withAudit: boolean;
}

export const eventScopeFor = (user: { role: Role; stationId: number | null }): EventScope =>
  user.role === "polsek"
    ? { stationId: user.stationId ?? -1, withAudit: false }
    : { withAudit: auditRoles.includes(user.role) };
