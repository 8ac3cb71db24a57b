import type { Server } from "socket.io";

import { callerNumberRoles, eventForRole } from "@/lib/calls/caller-number-privacy";

import type { ClientToServerEvents, LoggedEvent, ServerToClientEvents, SocketData } from "./events";
import { accountToRecheck, isTrainingSessionEvent, roleRoom, roomsForEvent, sessionRoom, userRoom } from "./rooms";

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

// The socket server is made by lib/server; route handlers, bundled apart by Next.js, find
// it here. With no server (a script, a unit test) events are stored and simply not pushed.
const holder = globalThis as unknown as { __siagaRealtime?: RealtimeServer };

export function setRealtimeServer(io: RealtimeServer | undefined): void {
  holder.__siagaRealtime = io;
}

export function broadcast(events: readonly LoggedEvent[]): void {
  const io = holder.__siagaRealtime;
  if (!io) return;
  const handlerRooms = callerNumberRoles.map(roleRoom);
  for (const event of events) {
    // Through the adapter, so the account's sockets on every console process are closed.
    const recheck = accountToRecheck(event);
    if (recheck) io.in(userRoom(recheck)).disconnectSockets(true);
    const rooms = roomsForEvent(event);
    // A trainee's own call goes to them whole: they are its call-taker.
    if (event.traineeId && !isTrainingSessionEvent(event)) {
      io.to(rooms).emit("event:logged", event);
      continue;
    }
    const masked = eventForRole(event, "monitor");
    if (masked === event) {
      io.to(rooms).emit("event:logged", event);
      continue;
    }
    // A call's number goes whole to the roles that take calls, masked to every other room; a
    // socket in both (a call-taker bound to a station) hears it once, whole.
    const whole = rooms.filter((r) => handlerRooms.includes(r));
    const others = rooms.filter((r) => !handlerRooms.includes(r));
    if (whole.length) io.to(whole).emit("event:logged", event);
    if (others.length) io.to(others).except(handlerRooms).emit("event:logged", masked);
  }
}

/** Closes the sockets that came in on any session of this user (sign-out), on every process. */
export function disconnectSessionSockets(userId: string): void {
  holder.__siagaRealtime?.in(sessionRoom(userId)).disconnectSockets(true);
}
