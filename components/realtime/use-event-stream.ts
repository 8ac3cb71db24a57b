"use client";
import { useEffect, useRef } from "react";

import { createEventCursor, type EventCursor } from "@/lib/realtime/event-cursor";
import type { LoggedEvent } from "@/lib/realtime/events";

import { consoleSocket, fetchEventsAfter } from "./console-socket";

// A screen's own cursor on the console's one socket. `sinceSeq` is the sequence number its
// data was read at (db/queries/read-at-seq.ts): `apply` then sees every later event once, in
// order, whether it was committed before the socket connected, while it was away, or now.
export function useEventStream(sinceSeq: number, apply: (event: LoggedEvent) => void): void {
  const applyNow = useRef(apply);
  useEffect(() => {
    applyNow.current = apply;
  });
  const cursor = useRef<EventCursor | null>(null);

  useEffect(() => {
    // Made once per mounted screen and kept across effect re-runs: a router refresh brings a
    // newer sinceSeq with newer data, but the screen keeps the state it has, which the cursor
    // already brought up to date; starting again there would apply the gap twice.
    cursor.current ??= createEventCursor({
      lastSeq: sinceSeq,
      fetchAfter: fetchEventsAfter,
      apply: (e) => applyNow.current(e),
    });
    const c = cursor.current;
    const socket = consoleSocket();
    const failed = (error: unknown) => console.error("event stream:", error);
    const onEvent = (event: LoggedEvent) => void c.receive(event).catch(failed);
    // Each (re)connect fetches what was committed while the socket was not listening.
    const onConnect = () => void c.resync().catch(failed);
    socket.on("event:logged", onEvent);
    socket.on("connect", onConnect);
    // The server may have missed events of other console processes (lib/realtime/postgres-adapter).
    socket.on("event:resync", onConnect);
    // A screen opened on a socket that is already up (moving between screens) fetches what
    // was committed between its data read and now; otherwise the connect does.
    if (socket.connected) onConnect();
    return () => {
      socket.off("event:logged", onEvent);
      socket.off("connect", onConnect);
      socket.off("event:resync", onConnect);
    };
    // sinceSeq is read once, on purpose (see above).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
