import type { Db } from "@/db";
import { getAssignmentView } from "@/db/queries/assignments";
import {
  activeStationIdsOfIncident,
  lockOverdueAssignment,
  markEscalated,
  overdueAssignments,
} from "@/db/queries/escalations";
import { getIncidentView } from "@/db/queries/incidents";
import { commitChange } from "@/lib/events/commit-change";
import type { AckTimeouts } from "@/lib/validations/ack-timeouts";

import type { OpenEscalation } from "./escalation-view";
import { recommendStations } from "./recommend-stations";

// Jobs a station has not acknowledged by their deadline become the dispatcher's alerts. The
// deadline is the assignment's own row, so a console that was down when it passed raises the
// alert as soon as it is up again; each job is its own transaction with its event, and a job
// another process is escalating at that moment is skipped, so several consoles on one
// PostgreSQL raise each alert once. `now` is a parameter: tests move the clock.
export async function escalateOverdueAssignments(db: Db, now: Date): Promise<OpenEscalation[]> {
  const raised: OpenEscalation[] = [];
  for (const { id, incidentId } of await overdueAssignments(db, now)) {
    // The offer is worked out first, outside the transaction: it may ask a routing engine.
    // An offer that cannot be worked out does not hold up the alert: it comes without one.
    const ranked = await recommendStations(db, incidentId, now).catch(() => []);
    const { result } = await commitChange<OpenEscalation | null>(db, async (tx) => {
      if (!(await lockOverdueAssignment(tx, id, now))) return { result: null, events: [] };
      const busy = new Set(await activeStationIdsOfIncident(tx, incidentId));
      await markEscalated(tx, id, now);
      const alert: OpenEscalation = {
        assignment: (await getAssignmentView(tx, id))!,
        incident: (await getIncidentView(tx, incidentId))!,
        next: ranked.find((s) => !busy.has(s.id)) ?? null,
      };
      // Console-wide (no stationId): the alert offers another station, which is the
      // dispatcher's business; the late station's own officer still has the job's banner.
      return {
        result: alert,
        events: [{ type: "assignment.escalated", incidentId, stationId: null, actorId: null, payload: alert }],
      };
    });
    if (result) raised.push(result);
  }
  return raised;
}

/** How often the sweep looks: a quarter of the shortest deadline, between 1 and 5 seconds. */
export const escalationSweepMs = (timeouts: AckTimeouts) =>
  Math.min(5_000, Math.max(1_000, (Math.min(...Object.values(timeouts)) * 1000) / 4));

/** Runs the sweep now and then until stopped; one run at a time, and a failed run only logged. */
export function startEscalationSweep(db: Db, timeouts: AckTimeouts, log: (line: string) => void): { stop: () => void } {
  let running = false;
  const sweep = () => {
    if (running) return;
    running = true;
    escalateOverdueAssignments(db, new Date())
      .then((alerts) => {
        if (alerts.length) log(`${alerts.length} job(s) not acknowledged in time: dispatchers alerted`);
      })
      .catch((error: unknown) =>
        log(`escalation sweep failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        running = false;
      });
  };
  // At once too: deadlines that passed while the console was down are raised on start.
  sweep();
  const timer = setInterval(sweep, escalationSweepMs(timeouts));
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
