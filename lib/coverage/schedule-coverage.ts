import type { Db } from "@/db";

import { recomputeCoverage } from "./recompute-coverage";

// One recomputation at a time, changes made meanwhile counted by one more run after it; on
// globalThis, as the Next.js bundle and the server's own modules are separate copies.
const holder = globalThis as unknown as { __siagaCoverage?: { running: Promise<void> | null; again: boolean } };
const state = (holder.__siagaCoverage ??= { running: null, again: false });

/** Counts the coverage again after the registry changed (a view edited, cameras imported). */
export function scheduleCoverage(db: Db, onError: (e: unknown) => void = console.error): Promise<void> {
  if (state.running) {
    state.again = true;
    return state.running;
  }
  state.running = (async () => {
    try {
      do {
        state.again = false;
        await recomputeCoverage(db);
      } while (state.again);
    } catch (e) {
      onError(e);
    } finally {
      state.running = null;
    }
  })();
  return state.running;
}
