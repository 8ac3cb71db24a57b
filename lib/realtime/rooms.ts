import { consoleWideRoles, type Role } from "@/lib/auth/roles";

import { type EventPayloads, type EventType, isAuditEvent, type LoggedEvent } from "./events";

/** An event's type with its own payload. */
type TypedPayload = { [T in EventType]: { type: T; payload: EventPayloads[T] } }[EventType];

export const roleRoom = (role: Role) => `role:${role}`;
export const stationRoom = (stationId: number) => `station:${stationId}`;
/** Every socket of one account, whatever its role: to close them when the account changes. */
export const userRoom = (userId: string) => `user:${userId}`;

/**
 * The account whose open sockets an event ends: disabled, its password or role changed, a
 * token revoked. Each socket's handshake named the user, role and station it had then; the
 * browser connects again and is let in, with its new rooms, only if the account still may.
 */
export function accountToRecheck(event: TypedPayload): string | null {
  switch (event.type) {
    case "audit.user_updated":
    case "audit.user_disabled":
    case "audit.password_reset":
    case "audit.token_revoked":
      return event.payload.userId;
    default:
      return null;
  }
}

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
