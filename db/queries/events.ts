import { and, asc, desc, eq, gt, sql, type SQL } from "drizzle-orm";
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
// number that committed later. The lock is taken by the same statement that inserts (each
// row needs the lock's row first, so no sequence number is drawn before it), which keeps
// the locked span to this statement and the commit. `writes` (inserts, updates) go into the
// same statement as data-modifying CTEs: run on its own, outside a transaction, a change is
// then one statement, and the lock is never held while the console is between statements.
export async function appendEvents(db: Executor, events: readonly NewEvent[], writes: readonly SQL[] = []): Promise<SpineEvent[]> {
  if (events.length === 0 && writes.length === 0) return [];
  const json = JSON.stringify(events.map((e) => ({ incident_id: e.incidentId ?? null, station_id: e.stationId ?? null, type: e.type, payload: e.payload, actor_id: e.actorId ?? null })));
  const ctes = writes.length ? sql`WITH ${sql.join(writes.map((w, i) => sql`${sql.identifier(`write_${i}`)} AS (${w})`), sql`, `)} ` : sql``;
  const { rows } = await db.execute<EventRow>(sql`${ctes}
    INSERT INTO incident_events (incident_id, station_id, type, payload, actor_id)
    SELECT (e.v->>'incident_id')::int, (e.v->>'station_id')::int, e.v->>'type', e.v->'payload', e.v->>'actor_id'
    FROM (SELECT pg_advisory_xact_lock(112112)) AS lock, jsonb_array_elements(${json}::jsonb) WITH ORDINALITY AS e(v, n)
    ORDER BY e.n
    RETURNING seq, incident_id, station_id, type, payload, actor_id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at`);
  return rows.map((r) => ({ seq: Number(r.seq), type: r.type, incidentId: r.incident_id, stationId: r.station_id, payload: r.payload, actorId: r.actor_id, at: r.at }));
}

type EventRow = { seq: string | number; incident_id: number | null; station_id: number | null; type: string; payload: Record<string, unknown>; actor_id: string | null; at: string };

export async function listEventsAfter(db: Executor, after: number, scope: { stationId: number } | null, limit: number): Promise<SpineEvent[]> {
  const rows = await db
    .select()
    .from(incidentEvents)
    .where(and(gt(incidentEvents.seq, after), scope ? eq(incidentEvents.stationId, scope.stationId) : undefined))
    .orderBy(asc(incidentEvents.seq))
    .limit(limit);
  return rows.map(toSpineEvent);
}

/** The newest events a user may see, newest first: what a console shows before anything new arrives. */
export async function listRecentEvents(db: Executor, scope: { stationId: number } | null, limit: number): Promise<SpineEvent[]> {
  const rows = await db.select().from(incidentEvents)
    .where(scope ? eq(incidentEvents.stationId, scope.stationId) : undefined)
    .orderBy(desc(incidentEvents.seq))
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
