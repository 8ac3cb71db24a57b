import { getDb } from "@/db";
import { commitStatement } from "@/lib/events/commit-change";
import type { CameraView } from "@/lib/realtime/events";

// The open views of live cameras in this process: when each opened and when its player last
// fetched anything, so that the audit trail can say for how long a camera was watched even
// when the player never says goodbye (a closed tab, a lost network).
interface OpenView extends CameraView {
  userId: string;
  openedAt: number;
  lastFetchAt: number;
}

/** A view whose player fetched nothing for this long has ended, at its last fetch. */
export const VIEW_IDLE_MS = 20_000;
const SWEEP_MS = 5_000;

// On globalThis: each route of the Next.js build has its own copy of this module.
const holder = globalThis as unknown as {
  __siagaCameraViews?: Map<string, OpenView>;
  __siagaViewSweep?: NodeJS.Timeout;
};
const views = () => (holder.__siagaCameraViews ??= new Map<string, OpenView>());

export async function openView(view: CameraView, userId: string, now = Date.now()): Promise<void> {
  await commitStatement(getDb(), {
    result: undefined,
    events: [{ type: "auth.camera_view_opened", actorId: userId, payload: view }],
    writes: [],
  });
  views().set(view.viewId, { ...view, userId, openedAt: now, lastFetchAt: now });
  holder.__siagaViewSweep ??= setInterval(() => void sweepIdleViews().catch(console.error), SWEEP_MS).unref();
}

/** The player fetched a playlist or a segment of the view: it is still being watched. */
export function touchView(viewId: string, now = Date.now()): void {
  const view = views().get(viewId);
  if (view) view.lastFetchAt = now;
}

/** The user's player closed its views of a camera; answers how many there were. */
export async function closeViews(userId: string, cameraId: number, now = Date.now()): Promise<number> {
  const closing = [...views().values()].filter((v) => v.userId === userId && v.cameraId === cameraId);
  await endViews(closing.map((v) => ({ view: v, until: now, reason: "closed" as const })));
  return closing.length;
}

export async function sweepIdleViews(now = Date.now()): Promise<void> {
  const idle = [...views().values()].filter((v) => now - v.lastFetchAt > VIEW_IDLE_MS);
  await endViews(idle.map((v) => ({ view: v, until: v.lastFetchAt, reason: "idle" as const })));
}

async function endViews(ending: { view: OpenView; until: number; reason: "closed" | "idle" }[]): Promise<void> {
  if (ending.length === 0) return;
  for (const { view } of ending) views().delete(view.viewId);
  await commitStatement(getDb(), {
    result: undefined,
    events: ending.map(({ view, until, reason }) => ({
      type: "auth.camera_view_closed" as const,
      actorId: view.userId,
      payload: {
        cameraId: view.cameraId,
        cameraName: view.cameraName,
        viewId: view.viewId,
        seconds: Math.max(0, Math.round((until - view.openedAt) / 1000)),
        reason,
      },
    })),
    writes: [],
  });
}
