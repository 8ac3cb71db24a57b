import { io, type Socket } from "socket.io-client";

import { createEventCursor, type EventCursor } from "@/lib/realtime/event-cursor";
import type { ClientToServerEvents, LoggedEvent, ServerToClientEvents } from "@/lib/realtime/events";

export interface EventFollower {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  cursor: EventCursor;
  /** Every event applied, in the order applied. */
  applied: LoggedEvent[];
  /** When each (re)connect happened, and when the resync that followed it had finished (ms). */
  connects: number[];
  resyncs: number[];
  /** Resolves once the cursor has applied `seq` (pushed or fetched); rejects after `ms`. */
  reach: (seq: number, ms: number) => Promise<void>;
  close: () => void;
}

/**
 * A console screen's event stream without the browser: a socket.io client that reconnects by
 * itself (as the browser's does) and the console's own cursor (lib/realtime/event-cursor),
 * fetching `GET /api/events` on every reconnect and on every gap, as `useEventStream` does.
 */
export function followEvents(
  url: string,
  token: string,
  sinceSeq: number,
  transports: ("websocket" | "polling")[] = ["websocket", "polling"],
): EventFollower {
  const applied: LoggedEvent[] = [];
  const connects: number[] = [];
  const resyncs: number[] = [];
  const cursor = createEventCursor({
    lastSeq: sinceSeq,
    fetchAfter: (seq) => fetchEventsAfter(url, token, seq),
    apply: (e) => applied.push(e),
  });
  // withCredentials keeps a cookie jar in Node, as a browser keeps cookies: a sticky proxy's
  // cookie then holds the polling requests of one connection to one console.
  const socket: EventFollower["socket"] = io(url, {
    auth: { token },
    transports,
    withCredentials: true,
    forceNew: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 2_000,
  });
  socket.on("event:logged", (e) => void cursor.receive(e).catch(() => {}));
  socket.on("event:resync", () => void cursor.resync().catch(() => {}));
  socket.on("connect", () => {
    connects.push(Date.now());
    // A resync that fails (the database away) is tried again on the next gap or reconnect.
    void cursor.resync().then(
      () => resyncs.push(Date.now()),
      () => {},
    );
  });
  const reach = async (seq: number, ms: number) => {
    const deadline = Date.now() + ms;
    while (cursor.lastSeq < seq) {
      if (Date.now() > deadline) throw new Error(`Follower stuck at seq ${cursor.lastSeq}, waiting for ${seq}.`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { socket, cursor, applied, connects, resyncs, reach, close: () => socket.close() };
}

/** Every event after `seq` the token's user may see, page after page. */
export async function fetchEventsAfter(url: string, token: string, seq: number): Promise<LoggedEvent[]> {
  const out: LoggedEvent[] = [];
  for (let after = seq; ;) {
    const res = await fetch(`${url}/api/events?after=${after}&limit=5000`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) throw new Error(`GET /api/events: ${res.status} ${await res.text()}`);
    const body = ((await res.json()) as { data: { events: LoggedEvent[]; more: boolean } }).data;
    out.push(...body.events);
    if (!body.more || body.events.length === 0) return out;
    after = body.events.at(-1)!.seq;
  }
}

/**
 * The log once writing has stopped: read again until it has not grown for `quietMs`. Work
 * that follows an answer (the stations ranked after an incident is created) may still be
 * committing when the last writer has its answer.
 */
export async function fetchSettledEvents(url: string, token: string, seq: number, quietMs = 500) {
  let log = await fetchEventsAfter(url, token, seq);
  for (;;) {
    await new Promise((r) => setTimeout(r, quietMs));
    const again = await fetchEventsAfter(url, token, seq);
    if (again.length === log.length) return log;
    log = again;
  }
}
