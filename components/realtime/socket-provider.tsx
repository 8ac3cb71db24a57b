"use client";
import { createContext, useContext, useEffect, useState } from "react";

import type { LoggedEvent } from "@/lib/realtime/events";

import { type ConsoleSocket, consoleSocket } from "./console-socket";
import { useEventStream } from "./use-event-stream";

interface Live {
  /** Null until the console is on screen in a browser. */
  socket: ConsoleSocket | null;
  connected: boolean;
  /** The newest event the console's feed has applied. */
  lastSeq: number;
  /** The feed: the newest events, newest first. */
  recent: LoggedEvent[];
}

const LiveContext = createContext<Live | null>(null);

export const useLive = (): Live => {
  const live = useContext(LiveContext);
  if (!live) throw new Error("useLive outside <SocketProvider>");
  return live;
};

// Connects the console's one socket (authenticated by the session cookie) while the console is
// on screen, and keeps the live feed: the recent events read at `initialSeq`, then every
// later one. Screens follow the events with their own cursors (useEventStream).
export function SocketProvider({
  initialSeq,
  initialRecent,
  children,
}: {
  initialSeq: number;
  initialRecent: LoggedEvent[];
  children: React.ReactNode;
}) {
  const [socket, setSocket] = useState<ConsoleSocket | null>(null);
  const [connected, setConnected] = useState(false);
  const [lastSeq, setLastSeq] = useState(initialSeq);
  const [recent, setRecent] = useState<LoggedEvent[]>(initialRecent);

  useEventStream(initialSeq, (event) => {
    setLastSeq(event.seq);
    setRecent((r) => [event, ...r.filter((e) => e.seq !== event.seq)].slice(0, 50));
  });

  useEffect(() => {
    const s = consoleSocket();
    const up = () => setConnected(true);
    let again: ReturnType<typeof setTimeout> | undefined;
    const down = (reason: string) => {
      setConnected(false);
      if (reason !== "io server disconnect") return;
      // The server closes a socket itself when its session has ended (idle, signed out on
      // another screen, account disabled): then the sign-in shows rather than stale data. Or
      // when the account changed (role, station: lib/realtime/rooms accountToRecheck): then it
      // connects again once every console process has read the account afresh (5 s cache).
      void fetch("/api/auth/get-session", { cache: "no-store" })
        .then((r) => (r.ok ? (r.json() as Promise<unknown>) : null))
        .catch(() => null)
        .then((session) => {
          if (!session) window.location.assign("/sign-in?locked=1");
          else again = setTimeout(() => s.connect(), 6_000);
        });
    };
    s.on("connect", up);
    s.on("disconnect", down);
    s.connect();
    setSocket(s);
    setConnected(s.connected);
    // Leaving the console (signing out) closes the socket: its handshake named this user.
    return () => {
      s.off("connect", up);
      s.off("disconnect", down);
      clearTimeout(again);
      s.disconnect();
    };
  }, []);

  return <LiveContext.Provider value={{ socket, connected, lastSeq, recent }}>{children}</LiveContext.Provider>;
}
