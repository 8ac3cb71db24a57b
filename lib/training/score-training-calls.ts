import type { Db } from "@/db";
import {
  endFinishedSessions,
  eventsOfTrainingCall,
  markScoredSql,
  toSessionView,
  type UnscoredCall,
  unscoredTrainingCalls,
} from "@/db/queries/training";
import { commitStatement } from "@/lib/events/commit-change";

import { scoreCall } from "./score-call";
import { scenarioById } from "./shipped-scenarios";

/** A call left unfinished this long is scored as it stands. */
const GIVE_UP_MS = 15 * 60_000;

// Settled: the call-taker closed the call (and an emergency was dispatched), or the session
// ended, or it was left too long. Until then the trainee may still put a wrong answer right.
export function isSettled(c: UnscoredCall, now: Date): boolean {
  if (c.sessionEnded) return true;
  if (c.ringingAt && now.getTime() - c.ringingAt.getTime() > GIVE_UP_MS) return true;
  if (!c.classification) return false;
  return c.classification !== "emergency" || c.dispatched;
}

// Scores every settled training call: one statement each that appends its `training.scored`
// event and marks the call, so that a call is scored once even with several consoles sweeping.
export async function scoreTrainingCalls(db: Db, now: Date): Promise<number> {
  let scored = 0;
  for (const c of await unscoredTrainingCalls(db)) {
    if (!isSettled(c, now)) continue;
    const scenario = scenarioById(c.row.scenarioId);
    const events = c.row.callId ? await eventsOfTrainingCall(db, c.row.traineeId, c.row.callId, c.incidentId) : [];
    const writes = [markScoredSql(db, c.row.id, now)];
    if (!scenario) {
      await commitStatement(db, { result: null, writes, events: [] });
      continue;
    }
    const score = scoreCall(
      scenario,
      { trainingCallId: c.row.id, sessionId: c.row.sessionId, traineeId: c.row.traineeId, callId: c.row.callId },
      events,
    );
    await commitStatement(db, {
      result: null,
      writes,
      events: [
        { type: "training.scored", traineeId: c.row.traineeId, incidentId: score.incidentId, payload: { score } },
      ],
    });
    scored++;
  }
  if (scored) await endFinishedSessions(db, now).then((ended) => announceEnded(db, ended));
  return scored;
}

// A session whose every call is scored is over: said as the supervisor's End would say it.
async function announceEnded(db: Db, ended: Awaited<ReturnType<typeof endFinishedSessions>>) {
  for (const row of ended) {
    const session = toSessionView(row);
    await commitStatement(db, {
      result: null,
      writes: [],
      events: [{ type: "training.session_ended", payload: { session } }],
    });
  }
}
