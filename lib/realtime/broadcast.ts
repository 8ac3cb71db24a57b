import type { Server } from "socket.io";

import type { ClientToServerEvents, LoggedEvent, ServerToClientEvents, SocketData } from "./events";
import { roomsForEvent } from "./rooms";

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
  for (const event of events) io.to(roomsForEvent(event)).emit("event:logged", event);
}
