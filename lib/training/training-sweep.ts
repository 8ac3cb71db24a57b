import type { Db } from "@/db";
import { claimDueTrainingCalls, nextTrainingCallDue } from "@/db/queries/training";
import { ringTrainingCall } from "@/lib/twilio/ring-training-call";

import { scoreTrainingCalls } from "./score-training-calls";
import { scenarioById } from "./shipped-scenarios";

/** The longest the sweep sleeps: a session started by another console process is seen this soon. */
const IDLE_MS = 1000;

const holder = globalThis as unknown as { __siagaTrainingWake?: () => void };

/** A session just started in this process: ring its first calls now, not at the next tick. */
export const wakeTrainingSweep = () => holder.__siagaTrainingWake?.();

// Rings each scheduled call when it falls due, through the signed voice webhook as Twilio would,
// and scores the calls the trainees have finished. The schedule is in the database; this loop
// sleeps until the next call is due (at most a second), so a call rings within milliseconds of
// its time rather than at the next fixed tick.
export function startTrainingSweep(db: Db, warn: (line: string) => void) {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let busy = false;

  async function tick() {
    if (stopped || busy) return;
    busy = true;
    clearTimeout(timer);
    let sleep = IDLE_MS;
    try {
      const now = new Date();
      const due = await claimDueTrainingCalls(db, now);
      await Promise.all(
        due.map(async (c) => {
          const scenario = scenarioById(c.scenarioId);
          if (!scenario) return warn(`training call ${c.id}: no scenario ${c.scenarioId}`);
          const rung = await ringTrainingCall(scenario.caller, c.callSid);
          if (rung.status !== 200) warn(`training call ${c.id}: the voice webhook answered ${rung.status}`);
        }),
      );
      await scoreTrainingCalls(db, new Date());
      const next = await nextTrainingCallDue(db);
      if (next) sleep = Math.max(0, Math.min(IDLE_MS, next.getTime() - Date.now()));
    } catch (error) {
      warn(`training sweep: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      busy = false;
    }
    if (!stopped) timer = setTimeout(() => void tick(), sleep);
  }

  holder.__siagaTrainingWake = () => void tick();
  timer = setTimeout(() => void tick(), IDLE_MS);
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      holder.__siagaTrainingWake = undefined;
    },
  };
}
