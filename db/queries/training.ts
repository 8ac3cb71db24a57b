import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, or, type SQL, sql } from "drizzle-orm";

import type { LoggedEvent } from "@/lib/realtime/events";
import type { TrainingScore } from "@/lib/training/score-view";
import type { TrainingSessionView } from "@/lib/training/session-view";

import type { Executor } from "../client";
import { assignments, calls, eventLog, trainingCalls, trainingSessions } from "../schema";

export type TrainingCallRow = typeof trainingCalls.$inferSelect;
type SessionRow = typeof trainingSessions.$inferSelect;

export const toSessionView = (r: SessionRow): TrainingSessionView => ({
  id: r.id,
  supervisorId: r.supervisorId,
  traineeIds: r.traineeIds,
  scenarioIds: r.scenarioIds,
  paceSeconds: r.paceSeconds,
  burst: r.burst,
  status: r.status,
  startedAt: r.startedAt.toISOString(),
  endedAt: r.endedAt?.toISOString() ?? null,
});

export async function insertSession(db: Executor, values: typeof trainingSessions.$inferInsert): Promise<SessionRow> {
  const [row] = await db.insert(trainingSessions).values(values).returning();
  return row!;
}

export async function insertTrainingCalls(db: Executor, rows: (typeof trainingCalls.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(trainingCalls).values(rows);
}

export async function getSession(db: Executor, id: number): Promise<SessionRow | null> {
  const [row] = await db.select().from(trainingSessions).where(eq(trainingSessions.id, id));
  return row ?? null;
}

export async function listSessions(db: Executor, limit = 50): Promise<SessionRow[]> {
  return db.select().from(trainingSessions).orderBy(desc(trainingSessions.id)).limit(limit);
}

/** Ends a running session; null when it was not running. */
export async function endSession(db: Executor, id: number, at: Date): Promise<SessionRow | null> {
  const [row] = await db
    .update(trainingSessions)
    .set({ status: "ended", endedAt: at })
    .where(and(eq(trainingSessions.id, id), eq(trainingSessions.status, "running")))
    .returning();
  return row ?? null;
}

/** The scheduled call a training webhook's CallSid belongs to. */
export async function trainingCallBySid(db: Executor, callSid: string): Promise<TrainingCallRow | null> {
  const [row] = await db.select().from(trainingCalls).where(eq(trainingCalls.callSid, callSid));
  return row ?? null;
}

export async function trainingCallOfCall(db: Executor, callId: number): Promise<TrainingCallRow | null> {
  const [row] = await db.select().from(trainingCalls).where(eq(trainingCalls.callId, callId));
  return row ?? null;
}

export async function linkTrainingCall(db: Executor, id: number, callId: number): Promise<void> {
  await db.update(trainingCalls).set({ callId }).where(eq(trainingCalls.id, id));
}

const running = sql`${trainingCalls.sessionId} IN (SELECT id FROM training_sessions WHERE status = 'running')`;

// Claims the calls that are due: each is marked rung by this statement, skipping rows another
// console process holds, so that every scheduled call rings once.
export async function claimDueTrainingCalls(db: Executor, now: Date, limit = 50): Promise<TrainingCallRow[]> {
  const due = db
    .select({ id: trainingCalls.id })
    .from(trainingCalls)
    .where(and(isNull(trainingCalls.rungAt), lte(trainingCalls.dueAt, now), running))
    .orderBy(asc(trainingCalls.dueAt))
    .limit(limit)
    .for("no key update", { skipLocked: true });
  return db.update(trainingCalls).set({ rungAt: now }).where(inArray(trainingCalls.id, due)).returning();
}

/** When the next call of a running session falls due, if any. */
export async function nextTrainingCallDue(db: Executor): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | string | null>`min(${trainingCalls.dueAt})` })
    .from(trainingCalls)
    .where(and(isNull(trainingCalls.rungAt), running));
  return row?.at ? new Date(row.at) : null;
}

export interface UnscoredCall {
  row: TrainingCallRow;
  sessionEnded: boolean;
  classification: string | null;
  incidentId: number | null;
  dispatched: boolean;
  ringingAt: Date | null;
}

/** Rung calls not yet scored, with what the scorer needs to know whether they are settled. */
export async function unscoredTrainingCalls(db: Executor, limit = 100): Promise<UnscoredCall[]> {
  const rows = await db
    .select({
      row: trainingCalls,
      sessionEnded: sql<boolean>`${trainingSessions.status} = 'ended'`,
      classification: calls.classification,
      incidentId: calls.incidentId,
      ringingAt: calls.ringingAt,
      dispatched: sql<boolean>`EXISTS (SELECT 1 FROM ${assignments} a WHERE a.incident_id = ${calls.incidentId})`,
    })
    .from(trainingCalls)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingCalls.sessionId))
    .leftJoin(calls, eq(calls.id, trainingCalls.callId))
    .where(and(isNotNull(trainingCalls.rungAt), isNull(trainingCalls.scoredAt)))
    .orderBy(asc(trainingCalls.id))
    .limit(limit);
  return rows;
}

/** The trainee's events about one call and its incident, in order: what the score is read from. */
export async function eventsOfTrainingCall(
  db: Executor,
  traineeId: string,
  callId: number,
  incidentId: number | null,
): Promise<LoggedEvent[]> {
  const about: SQL[] = [sql`(${eventLog.payload}->'call'->>'id')::int = ${callId}`];
  if (incidentId !== null) about.push(eq(eventLog.incidentId, incidentId));
  const rows = await db
    .select()
    .from(eventLog)
    .where(and(eq(eventLog.traineeId, traineeId), or(...about)))
    .orderBy(asc(eventLog.seq));
  return rows.map(
    (r) =>
      ({
        seq: Number(r.seq),
        type: r.type,
        payload: r.payload,
        incidentId: r.incidentId,
        stationId: r.stationId,
        actorId: r.actorId,
        at: r.at.toISOString(),
        traineeId: r.traineeId,
      }) as LoggedEvent,
  );
}

/**
 * Ends the running sessions whose every call has rung and been scored; the ended rows. Each is
 * ended by this one statement, so two consoles sweeping end it once.
 */
export async function endFinishedSessions(db: Executor, at: Date): Promise<SessionRow[]> {
  return db
    .update(trainingSessions)
    .set({ status: "ended", endedAt: at })
    .where(
      and(
        eq(trainingSessions.status, "running"),
        sql`NOT EXISTS (SELECT 1 FROM training_calls tc WHERE tc.session_id = ${trainingSessions.id} AND tc.scored_at IS NULL)`,
      ),
    )
    .returning();
}

/** The mark that a call is scored, as SQL to go into the statement that appends its score. */
export function markScoredSql(db: Executor, id: number, at: Date): SQL {
  return db
    .update(trainingCalls)
    .set({ scoredAt: at })
    .where(and(eq(trainingCalls.id, id), isNull(trainingCalls.scoredAt)))
    .getSQL();
}

/** Scores from the event log (training.scored), oldest first; one trainee's, or everyone's. */
export async function listScores(db: Executor, traineeId?: string, limit = 2000): Promise<TrainingScore[]> {
  const rows = await db
    .select({ payload: eventLog.payload })
    .from(eventLog)
    .where(
      and(
        eq(eventLog.type, "training.scored"),
        traineeId === undefined ? undefined : eq(eventLog.traineeId, traineeId),
      ),
    )
    .orderBy(asc(eventLog.seq))
    .limit(limit);
  return rows.map((r) => (r.payload as { score: TrainingScore }).score);
}

/** Ring delays: the scheduled time against the call's ringing row, seconds (for the figures). */
export async function ringDelays(db: Executor, sessionId: number): Promise<number[]> {
  const rows = await db
    .select({ s: sql<number>`extract(epoch FROM ${calls.ringingAt} - ${trainingCalls.dueAt})::float8` })
    .from(trainingCalls)
    .innerJoin(calls, eq(calls.id, trainingCalls.callId))
    .where(eq(trainingCalls.sessionId, sessionId));
  return rows.map((r) => Number(r.s));
}
