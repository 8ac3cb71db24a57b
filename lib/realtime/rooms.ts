import { consoleWideRoles, type Role } from "@/lib/auth/roles";
import type { LoggedEvent } from "./events";

export const roleRoom = (role: Role) => `role:${role}`;
export const stationRoom = (stationId: number) => `station:${stationId}`;

export function roomsForUser(user: { role: Role; stationId: number | null }): string[] {
  const rooms = [roleRoom(user.role)];
  if (user.stationId !== null) rooms.push(stationRoom(user.stationId));
  return rooms;
}

// A polsek officer hears only events of their own station; every other role hears all.
export function roomsForEvent(event: Pick<LoggedEvent, "stationId">): string[] {
  const rooms = consoleWideRoles.map(roleRoom);
  if (event.stationId !== null) rooms.push(stationRoom(event.stationId));
  return rooms;
}

/** The same rule for a replay over HTTP: null means every event. */
export const eventScopeFor = (user: { role: Role; stationId: number | null }): { stationId: number } | null =>
  user.role === "polsek" ? { stationId: user.stationId ?? -1 } : null;
