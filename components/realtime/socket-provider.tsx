"use client";
import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import { createEventCursor, type EventCursor } from "@/lib/realtime/event-cursor";
import type { ClientToServerEvents, ServerToClientEvents, LoggedEvent } from "@/lib/realtime/events";

type ConsoleSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Listener = (event: LoggedEvent) => void;

interface Live {
  socket: ConsoleSocket | null;
  connected: boolean;
  lastSeq: number;
  recent: LoggedEvent[];
  /** Called once per committed event, in sequence order, including those missed while away. */
  subscribe: (listener: Listener) => () => void;
}

const LiveContext = createContext<Live | null>(null);

export const useLive = (): Live => {
  const live = useContext(LiveContext);
  if (!live) throw new Error("useLive outside <SocketProvider>");
  return live;
};

async function fetchAfter(seq: number): Promise<LoggedEvent[]> {
  const out: LoggedEvent[] = [];
  for (let after = seq; ; ) {
    const res = await fetch(`/api/events?after=${after}`, { cache: "no-store" });
    if (!res.ok) throw new Error(`GET /api/events: ${res.status}`);
    const body = ((await res.json()) as { data: { events: LoggedEvent[]; more: boolean } }).data;
    out.push(...body.events);
    if (!body.more || body.events.length === 0) return out;
    after = body.events[body.events.length - 1]!.seq;
  }
}

// One socket per console tab, authenticated by the session cookie. The page renders its data
// as of `initialSeq` (with the newest events up to it, `initialRecent`); from then on every
// event is applied exactly once, in order.
export function SocketProvider({ initialSeq, initialRecent, children }: { initialSeq: number; initialRecent: LoggedEvent[]; children: React.ReactNode }) {
  const [socket, setSocket] = useState<ConsoleSocket | null>(null);
  const [connected, setConnected] = useState(false);
  const [lastSeq, setLastSeq] = useState(initialSeq);
  const [recent, setRecent] = useState<LoggedEvent[]>(initialRecent);
  const listeners = useRef(new Set<Listener>());
  const cursor = useRef<EventCursor | null>(null);

  useEffect(() => {
    cursor.current = createEventCursor({
      lastSeq: initialSeq,
      fetchAfter,
      apply: (event) => {
        setLastSeq(event.seq);
        setRecent((r) => [event, ...r].slice(0, 50));
        for (const l of listeners.current) l(event);
      },
    });
    const s: ConsoleSocket = io({ transports: ["websocket", "polling"] });
    s.on("connect", () => {
      setConnected(true);
      void cursor.current?.resync();
    });
    s.on("disconnect", () => setConnected(false));
    s.on("event:logged", (event) => void cursor.current?.receive(event));
    setSocket(s);
    return () => {
      s.close();
    };
  }, [initialSeq]);

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);

  return <LiveContext.Provider value={{ socket, connected, lastSeq, recent, subscribe }}>{children}</LiveContext.Provider>;
}
