import type { Db } from "@/db";
import { clustersMissing, rebuildCameraClusters } from "@/db/queries/camera-tiles";

import { clearCameraTiles } from "./camera-tiles";
import { COARSEST_CELL_LEVEL, FINEST_CELL_LEVEL } from "./tile-grid";

// The Next.js bundle and the server's own modules are separate copies: the state that makes
// rebuilds run one at a time lives on globalThis, as the database does (db/index.ts).
const holder = globalThis as unknown as { __siagaClusterRebuild?: { running: Promise<void> | null; again: boolean } };
const state = (holder.__siagaClusterRebuild ??= { running: null, again: false });

/** Counts the registry's cameras into the map's clusters again, then drops every cached tile. */
export async function rebuildClusters(db: Db): Promise<void> {
  await db.transaction((tx) => rebuildCameraClusters(tx, FINEST_CELL_LEVEL, COARSEST_CELL_LEVEL));
  clearCameraTiles();
}

/**
 * A rebuild after the registry changed (an import, an edit, cameras going offline): one runs at a
 * time, and changes made while it runs are counted by one more run after it, not one each.
 */
export function scheduleClusterRebuild(db: Db, onError: (e: unknown) => void = console.error): Promise<void> {
  if (state.running) {
    state.again = true;
    return state.running;
  }
  state.running = (async () => {
    try {
      do {
        state.again = false;
        await rebuildClusters(db);
      } while (state.again);
    } catch (e) {
      onError(e);
    } finally {
      state.running = null;
    }
  })();
  return state.running;
}

/** At start: counts the clusters if a registry has cameras but no clusters yet. */
export async function ensureClusters(db: Db): Promise<void> {
  if (await clustersMissing(db)) await rebuildClusters(db);
}
