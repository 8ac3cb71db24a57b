import type { Db } from "@/db";
import { callsPastHandlingTimeout, lockCallPastHandlingTimeout, toCallView, updateCall } from "@/db/queries/calls";
import { commitChange } from "@/lib/events/commit-change";

import type { CallView } from "./call-view";
import { releasedPatch } from "./change-call";

export interface HandlingTimeout {
  timeoutSeconds: number;
  /** Twilio is configured: calls bridged to a browser phone stay where the caller's voice is. */
  keepBridged: boolean;
}

// Calls answered and left unfinished go back to the queue. The timer is the call's own row
// (its answer time against the database's clock), so it holds across restarts and across
// several console processes; each call is its own transaction with its event, and a call
// another process is releasing at the same moment is skipped, not released twice.
export async function releaseStaleCalls(db: Db, { timeoutSeconds, keepBridged }: HandlingTimeout): Promise<CallView[]> {
  const released: CallView[] = [];
  for (const id of await callsPastHandlingTimeout(db, timeoutSeconds, keepBridged)) {
    const { result } = await commitChange<CallView | null>(db, async (tx) => {
      const call = await lockCallPastHandlingTimeout(tx, id, timeoutSeconds, keepBridged);
      if (!call) return { result: null, events: [] };
      const view = toCallView(await updateCall(tx, call.id, releasedPatch));
      return {
        result: view,
        events: [
          {
            type: "call.released",
            actorId: null,
            payload: { call: view, reason: "timeout", heldBy: call.callTakerId },
          },
        ],
      };
    });
    if (result) released.push(result);
  }
  return released;
}

/** How often the sweep looks: a quarter of the timeout, between 1 and 30 seconds. */
export const sweepIntervalMs = (timeoutSeconds: number) =>
  Math.min(30_000, Math.max(1_000, (timeoutSeconds * 1000) / 4));

/** Runs the sweep now and then until stopped; one run at a time, and a failed run only logged. */
export function startHandlingTimeoutSweep(
  db: Db,
  timeout: HandlingTimeout,
  log: (line: string) => void,
): { stop: () => void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    releaseStaleCalls(db, timeout)
      .then((calls) => {
        if (calls.length)
          log(`returned ${calls.length} unfinished call(s) to the queue after ${timeout.timeoutSeconds} s`);
      })
      .catch((error: unknown) =>
        log(`handling timeout sweep failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        running = false;
      });
  }, sweepIntervalMs(timeout.timeoutSeconds));
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
