"use client";
import { io, type Socket } from "socket.io-client";

import type { ClientToServerEvents, LoggedEvent, ServerToClientEvents } from "@/lib/realtime/events";

export type ConsoleSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

// One socket per browser tab, made on first use and kept for the life of the page: a
// re-render, a router refresh or a language switch never opens another. SocketProvider
// connects it while the console is on screen; each screen listens with its own cursor.
let socket: ConsoleSocket | undefined;
export function consoleSocket(): ConsoleSocket {
  socket ??= io({ transports: ["websocket", "polling"], autoConnect: false });
  return socket;
}

/** Every committed event after `seq` this user may see, in order, page after page. */
export async function fetchEventsAfter(seq: number): Promise<LoggedEvent[]> {
  const out: LoggedEvent[] = [];
  for (let after = seq; ;) {
    const res = await fetch(`/api/events?after=${after}`, { cache: "no-store" });
    if (!res.ok) throw new Error(`GET /api/events: ${res.status}`);
    const body = ((await res.json()) as { data: { events: LoggedEvent[]; more: boolean } }).data;
    out.push(...body.events);
    if (!body.more || body.events.length === 0) return out;
    after = body.events[body.events.length - 1]!.seq;
  }
}
