import type { Db } from "@/db";

type JobState = { running: Promise<void> | null; again: boolean };

// The Next.js bundle and the server's own modules are separate copies: each job's state lives on
// globalThis, by name, as the database does (db/index.ts).
const holder = globalThis as unknown as { __siagaJobs?: Record<string, JobState> };
const jobs = (holder.__siagaJobs ??= {});

/**
 * A job that runs one at a time: asked for while it runs, it runs once more after it, however
 * many times it was asked meanwhile. The returned function starts it (or joins the run) and
 * resolves when the runs end; a failure goes to `onError`.
 */
export function coalescedJob(name: string, work: (db: Db) => Promise<unknown>) {
  const state = (jobs[name] ??= { running: null, again: false });
  return (db: Db, onError: (e: unknown) => void = console.error): Promise<void> => {
    if (state.running) {
      state.again = true;
      return state.running;
    }
    state.running = (async () => {
      try {
        do {
          state.again = false;
          await work(db);
        } while (state.again);
      } catch (e) {
        onError(e);
      } finally {
        state.running = null;
      }
    })();
    return state.running;
  };
}
