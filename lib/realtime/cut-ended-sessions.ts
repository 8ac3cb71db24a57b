import type { Db } from "@/db";
import { findLiveSessionIds } from "@/db/queries/sessions";

import type { RealtimeServer } from "./broadcast";

// A socket is authenticated once, at its handshake; its session may end later (idle past
// SESSION_IDLE_SECONDS, revoked by the idle lock, signed out, deleted). Every `everyMs` this
// process's sockets are checked against the sessions they came in on, and those whose session
// is over are closed: an unattended screen stops receiving events with its session. The check
// reads the sessions without using them, so it never keeps one alive. API-token sockets have
// no session and are left alone. While the database does not answer, nothing is cut.
export function startSessionSocketSweep(
  io: RealtimeServer,
  db: Db,
  everyMs: number,
  onError: (error: unknown) => void,
): { stop: () => void; sweep: () => Promise<void> } {
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      const sockets = await io.local.fetchSockets();
      const ids = [...new Set(sockets.flatMap((s) => (s.data.sessionId ? [s.data.sessionId] : [])))];
      const live = await findLiveSessionIds(db, ids);
      for (const s of sockets) if (s.data.sessionId && !live.has(s.data.sessionId)) s.disconnect(true);
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void sweep(), everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer), sweep };
}
