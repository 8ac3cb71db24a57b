import type { Db } from "@/db";
import { anonymiseCallsBefore } from "@/db/queries/retention";
import { commitChange } from "@/lib/events/commit-change";

import { ANONYMISED_NUMBER } from "./caller-number-privacy";

const DAY_MS = 86_400_000;

export interface RetentionResult {
  calls: number;
  before: string;
}

/**
 * Anonymises the callers' numbers of calls older than `days` (in the calls and in their
 * events), and records that it ran, as an audit event, in the same transaction; also when
 * nothing was old enough, so that the audit trail shows the job ran.
 */
export async function applyRetention(db: Db, days: number, now = new Date()): Promise<RetentionResult> {
  const before = new Date(now.getTime() - days * DAY_MS);
  const { result } = await commitChange(db, async (tx) => {
    const ids = await anonymiseCallsBefore(tx, before, ANONYMISED_NUMBER);
    const result = { calls: ids.length, before: before.toISOString() };
    return { result, events: [{ type: "audit.retention_applied", payload: { ...result, days } }] };
  });
  return result;
}

/** Applies the retention now and then once a day, until stopped; a failed run is only logged. */
export function startRetentionSweep(
  db: Db,
  days: number,
  log: { info: (line: string) => void; error: (line: string) => void },
): { stop: () => void } {
  const run = () =>
    applyRetention(db, days)
      .then((r) => r.calls && log.info(`retention: anonymised ${r.calls} call(s) older than ${days} days`))
      .catch((error: unknown) =>
        log.error(`retention sweep failed: ${error instanceof Error ? error.message : String(error)}`),
      );
  const first = setTimeout(() => void run(), 60_000);
  const timer = setInterval(() => void run(), DAY_MS);
  first.unref();
  timer.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
