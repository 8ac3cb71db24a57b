import { applyCallEvent } from "@/lib/calls/apply-call-event";
import type { CallView } from "@/lib/calls/call-view";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import { applyBoardEvent } from "@/lib/dispatch/dispatch-board";
import { type MissedTarget, missedTarget } from "@/lib/dispatch/response-targets";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent } from "@/lib/realtime/events";

/** What the supervisor watches live: the open incidents with their stations, and the calls in play or awaiting a callback. */
export interface LiveFloor {
  incidents: readonly IncidentView[];
  assignments: readonly AssignmentView[];
  calls: readonly CallView[];
}

const waitingForCallback = (c: CallView) =>
  (c.status === "abandoned" || c.status === "no_answer") && c.calledBackAt === null && !c.training;
// Ringing, or handed back to the queue by a call-taker, and not yet closed.
const queued = (c: CallView) =>
  c.classification === null && (c.status === "ringing" || (c.status === "in_progress" && c.callTakerId === null));
const handled = (c: CallView) => c.status === "in_progress" && c.classification === null && c.callTakerId !== null;
const keep = (c: CallView) => queued(c) || handled(c) || waitingForCallback(c);

/** The floor after one logged event: calls leave it once closed or called back. */
export function applyFloorEvent(floor: LiveFloor, event: LoggedEvent): LiveFloor {
  const board = applyBoardEvent({ ...floor, calls: [], escalations: [], recommendations: {} }, event);
  const calls = applyCallEvent(floor.calls, event);
  if (board.incidents === floor.incidents && board.assignments === floor.assignments && calls === floor.calls)
    return floor;
  return { incidents: board.incidents, assignments: board.assignments, calls: calls.filter(keep) };
}

export interface Breach {
  incident: IncidentView;
  missed: MissedTarget;
}

export interface FloorSummary {
  breaches: Breach[];
  queue: { length: number; longestWaitS: number | null };
  callbacks: { count: number; longestWaitS: number | null };
  /** Calls each call-taker holds now, most first. */
  loads: { callTakerId: string; calls: number }[];
}

const longest = (times: readonly string[], now: number) =>
  times.length ? Math.max(...times.map((t) => (now - Date.parse(t)) / 1000)) : null;

/** The floor's breaches and waits at `now`. */
export function summarizeFloor(floor: LiveFloor, now: number): FloorSummary {
  const breaches: Breach[] = [];
  for (const incident of floor.incidents) {
    const missed = missedTarget(
      incident,
      floor.assignments.filter((a) => a.incidentId === incident.id),
      now,
    );
    if (missed) breaches.push({ incident, missed });
  }
  const inQueue = floor.calls.filter(queued);
  const callbacks = floor.calls.filter(waitingForCallback);
  const loads = new Map<string, number>();
  for (const c of floor.calls.filter(handled)) loads.set(c.callTakerId!, (loads.get(c.callTakerId!) ?? 0) + 1);
  return {
    breaches: breaches.sort((a, b) => a.incident.createdAt.localeCompare(b.incident.createdAt)),
    queue: {
      length: inQueue.length,
      longestWaitS: longest(
        inQueue.map((c) => c.ringingAt),
        now,
      ),
    },
    callbacks: {
      count: callbacks.length,
      longestWaitS: longest(
        callbacks.map((c) => c.endedAt ?? c.ringingAt),
        now,
      ),
    },
    loads: [...loads].map(([callTakerId, calls]) => ({ callTakerId, calls })).sort((a, b) => b.calls - a.calls),
  };
}
