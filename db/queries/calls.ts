import { and, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";

import type { CallView } from "@/lib/calls/call-view";
import type { CallStatus } from "@/lib/calls/vocabulary";

import type { Executor } from "../client";
import { calls } from "../schema";

export type CallRow = typeof calls.$inferSelect;

export const toCallView = (r: CallRow): CallView => ({
  id: r.id,
  callSid: r.callSid,
  callerNumber: r.callerNumber,
  status: r.status,
  training: r.training,
  manual: r.manual,
  ringingAt: r.ringingAt.toISOString(),
  answeredAt: r.answeredAt?.toISOString() ?? null,
  endedAt: r.endedAt?.toISOString() ?? null,
  classification: r.classification,
  callTakerId: r.callTakerId,
  incidentId: r.incidentId,
  calledBackAt: r.calledBackAt?.toISOString() ?? null,
});

/** Stores a ringing call once per CallSid; null when that CallSid is already stored. */
export async function insertCallOnce(db: Executor, call: typeof calls.$inferInsert): Promise<CallRow | null> {
  const [row] = await db.insert(calls).values(call).onConflictDoNothing({ target: calls.callSid }).returning();
  return row ?? null;
}

/** Locks the call's row for the rest of the transaction, so concurrent changes queue up. */
export async function lockCall(db: Executor, where: { id: number } | { callSid: string }): Promise<CallRow | null> {
  const [row] = await db
    .select()
    .from(calls)
    .where("id" in where ? eq(calls.id, where.id) : eq(calls.callSid, where.callSid))
    .for("no key update");
  return row ?? null;
}

export async function updateCall(
  db: Executor,
  id: number,
  patch: Partial<typeof calls.$inferInsert>,
): Promise<CallRow> {
  const [row] = await db.update(calls).set(patch).where(eq(calls.id, id)).returning();
  return row!;
}

/** The same update as SQL, to go into the statement that appends its events. */
export function updateCallSql(db: Executor, id: number, patch: Partial<typeof calls.$inferInsert>): SQL {
  return db.update(calls).set(patch).where(eq(calls.id, id)).getSQL();
}

// An answered call nobody finished: in progress past the timeout, neither classified nor part
// of an incident. Handling starts at the answer, or for a call logged by hand (answered "at"
// its ringing time, which may be long before) when it was logged. Calls whose caller is
// bridged to a browser phone stay with that call-taker: their voice cannot go back by a flag.
function pastHandlingTimeout(timeoutSeconds: number, keepBridged: boolean): SQL {
  return sql`${calls.status} = 'in_progress' AND ${calls.classification} IS NULL AND ${calls.incidentId} IS NULL
    AND greatest(${calls.answeredAt}, ${calls.createdAt}) < now() - make_interval(secs => ${timeoutSeconds})
    ${keepBridged ? sql`AND (${calls.callSid} IS NULL OR ${calls.training} OR ${calls.manual})` : sql``}`;
}

/** Ids of calls past the handling timeout, the longest held first: candidates for the sweep. */
export async function callsPastHandlingTimeout(
  db: Executor,
  timeoutSeconds: number,
  keepBridged: boolean,
  limit = 100,
): Promise<number[]> {
  const rows = await db
    .select({ id: calls.id })
    .from(calls)
    .where(pastHandlingTimeout(timeoutSeconds, keepBridged))
    .orderBy(calls.answeredAt)
    .limit(limit);
  return rows.map((r) => r.id);
}

/**
 * Locks the call if it is still past the timeout, or returns null: between the sweep's look and
 * this lock it may have been saved, released, or taken by another console process's sweep.
 */
export async function lockCallPastHandlingTimeout(
  db: Executor,
  id: number,
  timeoutSeconds: number,
  keepBridged: boolean,
): Promise<CallRow | null> {
  const [row] = await db
    .select()
    .from(calls)
    .where(and(eq(calls.id, id), pastHandlingTimeout(timeoutSeconds, keepBridged)))
    .for("no key update", { skipLocked: true });
  return row ?? null;
}

export type CallListFilter = "active" | "callback" | "recent" | CallStatus;

// active: ringing or being handled; callback: hung up or unanswered and not yet rung back.
// Training never leaks: a trainee's calls are in their own list and in nobody else's.
const visibleTo = (viewerId: string) => sql`(${calls.traineeId} IS NULL OR ${calls.traineeId} = ${viewerId})`;

export async function listCalls(
  db: Executor,
  filter: CallListFilter,
  viewerId: string,
  limit = 100,
): Promise<CallRow[]> {
  const where =
    filter === "active"
      ? and(inArray(calls.status, ["ringing", "in_progress"]), isNull(calls.classification))
      : filter === "callback"
        ? // Generated history is for review: its calls never wait on anyone's callback list.
          and(inArray(calls.status, ["abandoned", "no_answer"]), isNull(calls.calledBackAt), eq(calls.generated, false))
        : filter === "recent"
          ? undefined
          : eq(calls.status, filter);
  return db
    .select()
    .from(calls)
    .where(and(where, visibleTo(viewerId)))
    .orderBy(desc(calls.ringingAt))
    .limit(limit);
}

export interface CallerHistory {
  calls: CallRow[];
  counts: Record<string, number>;
}

/** Earlier calls from a number, newest first, and how they were classified. */
export async function callerHistory(
  db: Executor,
  callerNumber: string,
  excludeId: number | null,
  limit = 10,
): Promise<CallerHistory> {
  const rows = await db
    .select()
    .from(calls)
    .where(and(eq(calls.callerNumber, callerNumber), excludeId === null ? undefined : sql`${calls.id} <> ${excludeId}`))
    .orderBy(desc(calls.ringingAt))
    .limit(limit);
  const counted = await db
    .select({ classification: calls.classification, n: sql<number>`count(*)::int` })
    .from(calls)
    .where(and(eq(calls.callerNumber, callerNumber), excludeId === null ? undefined : sql`${calls.id} <> ${excludeId}`))
    .groupBy(calls.classification);
  return { calls: rows, counts: Object.fromEntries(counted.map((c) => [c.classification ?? "unclassified", c.n])) };
}

export async function getCall(db: Executor, id: number): Promise<CallRow | null> {
  const [row] = await db.select().from(calls).where(eq(calls.id, id));
  return row ?? null;
}

export async function callsOfIncident(db: Executor, incidentId: number): Promise<CallRow[]> {
  return db.select().from(calls).where(eq(calls.incidentId, incidentId)).orderBy(calls.ringingAt);
}

/** The calls linked to incidents still open, oldest first: who called about each. */
export async function callsOfOpenIncidents(db: Executor, viewerId: string): Promise<CallRow[]> {
  return db
    .select()
    .from(calls)
    .where(
      and(
        sql`${calls.incidentId} IN (SELECT id FROM incidents WHERE status NOT IN ('closed', 'cancelled'))`,
        visibleTo(viewerId),
      ),
    )
    .orderBy(calls.ringingAt);
}
