import { consoleWideRoles, type Role } from "@/lib/auth/roles";

import { type EventPayloads, type EventType, isAuditEvent, type LoggedEvent } from "./events";

/** An event's type with its own payload. */
type TypedPayload = { [T in EventType]: { type: T; payload: EventPayloads[T] } }[EventType];

export const roleRoom = (role: Role) => `role:${role}`;
export const stationRoom = (stationId: number) => `station:${stationId}`;
/** The sockets that came in on one of this user's sessions (not by an API token). */
export const sessionRoom = (userId: string) => `sessions:${userId}`;
/** Every socket of one account: where its training calls ring, and closed when the account changes. */
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

export const isTrainingSessionEvent = (event: { type: string }) => event.type.startsWith("training.");

export function roomsForUser(user: { id: string; role: Role; stationId: number | null }): string[] {
  const rooms = [roleRoom(user.role), userRoom(user.id)];
  if (user.stationId !== null) rooms.push(stationRoom(user.stationId));
  return rooms;
}

/** Roles that read the audit trail's own events (sign-ins and refusals). */
export const auditRoles: readonly Role[] = ["supervisor", "admin"];

// A polsek officer hears only events of their own station; every other role hears all but
// the audit trail's own events, which only supervisors and admins hear.
//
// Training never leaks: an event of a trainee's call or incident reaches that trainee alone (not
// the station it was "sent" to, nor any other call-taker), and the sessions' own events
// (started, ended, scored) reach the trainee and the supervisors who run and compare them.
export function roomsForEvent(event: Pick<LoggedEvent, "stationId" | "type" | "traineeId">): string[] {
  if (isTrainingSessionEvent(event))
    return [...auditRoles.map(roleRoom), ...(event.traineeId ? [userRoom(event.traineeId)] : [])];
  if (event.traineeId) return [userRoom(event.traineeId)];
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
  /** The user's own training events besides the real ones (supervisors: every session event). */
  userId?: string;
}

export const eventScopeFor = (user: { id: string; role: Role; stationId: number | null }): EventScope =>
  user.role === "polsek"
    ? { stationId: user.stationId ?? -1, withAudit: false, userId: user.id }
    : { withAudit: auditRoles.includes(user.role), userId: user.id };
