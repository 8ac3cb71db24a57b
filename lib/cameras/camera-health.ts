import type { Db } from "@/db";
import { markSilentOffline, recordHeartbeats } from "@/db/queries/camera-health";
import { commitChange } from "@/lib/events/commit-change";

import { scheduleClusterRebuild } from "./camera-clusters";

/** Cameras marked offline per transaction: a recorder with thousands of cameras gone is several. */
const SWEEP_BATCH = 1_000;

export interface HeartbeatResult {
  /** Cameras found and marked seen. */
  seen: number;
  /** Those that were offline and are online again (each an event). */
  online: number;
  /** The ids and external ids asked for that no camera has. */
  unknown: (number | string)[];
}

/** Heartbeats from a recorder or video-management system: seen now, and online again where offline. */
export async function recordHeartbeat(
  db: Db,
  cameras: { ids?: readonly number[]; externalIds?: readonly string[] },
  at: Date,
): Promise<HeartbeatResult> {
  const ids = cameras.ids ?? [];
  const externalIds = cameras.externalIds ?? [];
  const { result } = await commitChange(db, async (tx) => {
    const rows = await recordHeartbeats(tx, ids, externalIds, at);
    const back = rows.filter((r) => r.wasOffline);
    return {
      result: { rows, back: back.length },
      events: back.map((r) => ({
        type: "camera.online" as const,
        payload: { camera: { id: r.id, name: r.name, lastSeenAt: r.lastSeenAt } },
      })),
    };
  });
  if (result.back > 0) void scheduleClusterRebuild(db);
  const seenIds = new Set(result.rows.map((r) => r.id));
  const seenExternal = new Set(result.rows.map((r) => r.externalId));
  return {
    seen: result.rows.length,
    online: result.back,
    unknown: [...ids.filter((id) => !seenIds.has(id)), ...externalIds.filter((e) => !seenExternal.has(e))],
  };
}

/** Every camera silent for `silenceSeconds` before `now` goes offline, one event each; returns how many. */
export async function markSilentCamerasOffline(db: Db, now: Date, silenceSeconds: number): Promise<number> {
  const before = new Date(now.getTime() - silenceSeconds * 1000);
  let total = 0;
  for (;;) {
    const { result } = await commitChange(db, async (tx) => {
      const gone = await markSilentOffline(tx, before, SWEEP_BATCH);
      return {
        result: gone.length,
        events: gone.map((camera) => ({
          type: "camera.offline" as const,
          payload: { camera, silentSeconds: silenceSeconds },
        })),
      };
    });
    total += result;
    if (result < SWEEP_BATCH) break;
  }
  if (total > 0) void scheduleClusterRebuild(db);
  return total;
}

/** Checks for silent cameras a few times per silence period (at least every 30 s), and at once. */
export function startCameraHealthSweep(db: Db, silenceSeconds: number, log: (line: string) => void) {
  let running = false;
  const sweep = () => {
    if (running) return;
    running = true;
    markSilentCamerasOffline(db, new Date(), silenceSeconds)
      .then((n) => n > 0 && log(`${n} camera(s) silent for ${silenceSeconds} s: offline`))
      .catch((e: unknown) => log(`camera health sweep failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        running = false;
      });
  };
  sweep();
  const timer = setInterval(sweep, Math.min(30_000, (silenceSeconds * 1000) / 4));
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
