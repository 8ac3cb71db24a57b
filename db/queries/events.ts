import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { incidentEvents } from "../schema";
import type { SpineEvent } from "@/lib/realtime/events";

export interface NewEvent {
  type: string;
  incidentId?: number | null;
  stationId?: number | null;
  payload: Record<string, unknown>;
  actorId?: string | null;
}

// Sequence numbers are handed out under one transaction-scoped lock, so that they commit in
// the order they were given: a console that asks for "after N" can never miss a smaller
// number that committed later.
export async function appendEvents(tx: Executor, events: readonly NewEvent[]): Promise<SpineEvent[]> {
  if (events.length === 0) return [];
  await tx.execute(sql`SELECT pg_advisory_xact_lock(112112)`);
  const rows = await tx
    .insert(incidentEvents)
    .values(events.map((e) => ({ type: e.type, incidentId: e.incidentId ?? null, stationId: e.stationId ?? null, payload: e.payload, actorId: e.actorId ?? null })))
    .returning();
  return rows.map(toSpineEvent);
}

export async function listEventsAfter(db: Executor, after: number, scope: { stationId: number } | null, limit: number): Promise<SpineEvent[]> {
  const rows = await db
    .select()
    .from(incidentEvents)
    .where(and(gt(incidentEvents.seq, after), scope ? eq(incidentEvents.stationId, scope.stationId) : undefined))
    .orderBy(asc(incidentEvents.seq))
    .limit(limit);
  return rows.map(toSpineEvent);
}

export async function lastEventSeq(db: Executor): Promise<number> {
  const [row] = await db.select({ seq: sql<number>`coalesce(max(${incidentEvents.seq}), 0)::bigint` }).from(incidentEvents);
  return Number(row?.seq ?? 0);
}

function toSpineEvent(row: typeof incidentEvents.$inferSelect): SpineEvent {
  return {
    seq: Number(row.seq), type: row.type, incidentId: row.incidentId, stationId: row.stationId,
    payload: row.payload, actorId: row.actorId, at: row.at.toISOString(),
  };
}
