import { and, asc, desc, eq, gt, notLike, type SQL, sql } from "drizzle-orm";

import type { RecommendedStation } from "@/lib/dispatch/recommendation-view";
import type { EventPayloads, LoggedEvent, NewEvent } from "@/lib/realtime/events";
import type { EventScope } from "@/lib/realtime/rooms";
import { AUDIT_PREFIXES } from "@/lib/realtime/vocabulary";

import type { Executor } from "../client";
import { eventLog } from "../schema";

// The same rule as the rooms (lib/realtime/rooms.ts): the real log, and of the training log only
// the user's own events, or (for supervisors and admins) the sessions' own events.
const trainingWhere = (scope: EventScope) => {
  const own = scope.userId === undefined ? sql`false` : sql`${eventLog.traineeId} = ${scope.userId}`;
  const session = sql`${eventLog.type} LIKE 'training.%'`;
  return scope.withAudit
    ? sql`(${eventLog.traineeId} IS NULL OR ${own} OR ${session})`
    : sql`((${eventLog.traineeId} IS NULL AND NOT ${session}) OR ${own})`;
};

const scopeWhere = (scope: EventScope) =>
  and(
    trainingWhere(scope),
    scope.stationId === undefined ? undefined : eq(eventLog.stationId, scope.stationId),
    scope.withAudit ? undefined : and(...AUDIT_PREFIXES.map((p) => notLike(eventLog.type, `${p}%`))),
  );

// Whose training an event is: as it says, or as its incident's or call's row says, so that no
// path that changes a trainee's call or incident can put it on a real screen by forgetting to.
// (A row written by the same statement is not visible here: such a change says it itself.)
const traineeOfEvent = sql`coalesce(e.v->>'trainee_id',
      (SELECT i.trainee_id FROM incidents i WHERE i.id = (e.v->>'incident_id')::int),
      (SELECT c.trainee_id FROM calls c WHERE c.id = (e.v->'payload'->'call'->>'id')::int))`;

// Sequence numbers are handed out under one transaction-scoped lock, so that they commit in
// the order they were given: a console that asks for "after N" can never miss a smaller
// number that committed later. The lock is taken by the same statement that inserts (each
// row needs the lock's row first, so no sequence number is drawn before it), which keeps
// the locked span to this statement and the commit. `writes` (inserts, updates) go into the
// same statement as data-modifying CTEs: run on its own, outside a transaction, a change is
// then one statement, and the lock is never held while the console is between statements.
// Such a statement checks its foreign keys (the event's incident, a write's camera) after it has
// the lock, so the console locks rows FOR NO KEY UPDATE, never FOR UPDATE: a transaction holding
// a row FOR UPDATE and waiting for this lock would deadlock with it.
export async function appendEvents(
  db: Executor,
  events: readonly NewEvent[],
  writes: readonly SQL[] = [],
): Promise<LoggedEvent[]> {
  if (events.length === 0 && writes.length === 0) return [];
  const json = JSON.stringify(
    events.map((e) => ({
      incident_id: e.incidentId ?? null,
      station_id: e.stationId ?? null,
      type: e.type,
      payload: e.payload,
      actor_id: e.actorId ?? null,
      trainee_id: e.traineeId ?? null,
    })),
  );
  const ctes = writes.length
    ? sql`WITH ${sql.join(
        writes.map((w, i) => sql`${sql.identifier(`write_${i}`)} AS (${w})`),
        sql`, `,
      )} `
    : sql``;
  const { rows } = await db.execute<EventRow>(sql`${ctes}
    INSERT INTO incident_events (incident_id, station_id, type, payload, actor_id, trainee_id)
    SELECT (e.v->>'incident_id')::int, (e.v->>'station_id')::int, e.v->>'type', e.v->'payload', e.v->>'actor_id',
      ${traineeOfEvent}
    FROM (SELECT pg_advisory_xact_lock(112112)) AS lock, jsonb_array_elements(${json}::jsonb) WITH ORDINALITY AS e(v, n)
    ORDER BY e.n
    RETURNING seq, incident_id, station_id, type, payload, actor_id, trainee_id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at`);
  return rows.map((r) =>
    fromRow({
      seq: Number(r.seq),
      type: r.type,
      incidentId: r.incident_id,
      stationId: r.station_id,
      payload: r.payload,
      actorId: r.actor_id,
      at: r.at,
      traineeId: r.trainee_id,
    }),
  );
}

type EventRow = {
  seq: string | number;
  incident_id: number | null;
  station_id: number | null;
  type: string;
  payload: Record<string, unknown>;
  actor_id: string | null;
  trainee_id: string | null;
  at: string;
};
type UntypedEvent = Omit<LoggedEvent, "type" | "payload"> & { type: string; payload: Record<string, unknown> };

// The one place where a row of the log becomes a typed event: only appendEvents writes the
// log, from a NewEvent whose payload the compiler checked against its type.
const fromRow = (row: UntypedEvent) => row as LoggedEvent;

export async function listEventsAfter(
  db: Executor,
  after: number,
  scope: EventScope,
  limit: number,
): Promise<LoggedEvent[]> {
  const rows = await db
    .select()
    .from(eventLog)
    .where(and(gt(eventLog.seq, after), scopeWhere(scope)))
    .orderBy(asc(eventLog.seq))
    .limit(limit);
  return rows.map(toLoggedEvent);
}

/** The newest events a user may see, newest first: what a console shows before anything new arrives. */
export async function listRecentEvents(db: Executor, scope: EventScope, limit: number): Promise<LoggedEvent[]> {
  const rows = await db.select().from(eventLog).where(scopeWhere(scope)).orderBy(desc(eventLog.seq)).limit(limit);
  return rows.map(toLoggedEvent);
}

export async function lastEventSeq(db: Executor): Promise<number> {
  const [row] = await db.select({ seq: sql<number>`coalesce(max(${eventLog.seq}), 0)::bigint` }).from(eventLog);
  return Number(row?.seq ?? 0);
}

function toLoggedEvent(row: typeof eventLog.$inferSelect): LoggedEvent {
  return fromRow({
    seq: Number(row.seq),
    type: row.type,
    incidentId: row.incidentId,
    stationId: row.stationId,
    payload: row.payload,
    actorId: row.actorId,
    at: row.at.toISOString(),
    traineeId: row.traineeId,
  });
}

/** Every event of one incident, in order: its timeline. */
export async function incidentTimeline(db: Executor, incidentId: number): Promise<LoggedEvent[]> {
  const rows = await db.select().from(eventLog).where(eq(eventLog.incidentId, incidentId)).orderBy(asc(eventLog.seq));
  return rows.map(toLoggedEvent);
}

/**
 * Events of generated history (`npm run history`), with the times they happened at. They take
 * their sequence numbers under the same lock as appendEvents, so the log stays gap-free in
 * commit order for every console reading "after N"; they are never broadcast (a year of
 * history on the sockets would drown every console), and are marked generated.
 */
export async function appendGeneratedEvents(
  db: Executor,
  events: readonly (NewEvent & { at: string })[],
): Promise<number> {
  if (events.length === 0) return 0;
  const json = JSON.stringify(
    events.map((e) => ({
      incident_id: e.incidentId ?? null,
      station_id: e.stationId ?? null,
      type: e.type,
      payload: e.payload,
      actor_id: e.actorId ?? null,
      at: e.at,
    })),
  );
  const { rows } = await db.execute<{ n: number }>(sql`
    WITH ins AS (
      INSERT INTO incident_events (incident_id, station_id, type, payload, actor_id, at, generated)
      SELECT (e.v->>'incident_id')::int, (e.v->>'station_id')::int, e.v->>'type', e.v->'payload', e.v->>'actor_id',
             (e.v->>'at')::timestamptz, true
      FROM (SELECT pg_advisory_xact_lock(112112)) AS lock, jsonb_array_elements(${json}::jsonb) WITH ORDINALITY AS e(v, n)
      ORDER BY (e.v->>'at')::timestamptz, e.n
      RETURNING 1)
    SELECT count(*)::int AS n FROM ins`);
  return Number(rows[0]?.n ?? 0);
}

/** The payload of an incident's newest event of one type, or null: what the console last said of it. */
export async function latestIncidentEvent<K extends keyof EventPayloads>(
  db: Executor,
  incidentId: number,
  type: K,
): Promise<EventPayloads[K] | null> {
  const [row] = await db
    .select({ payload: eventLog.payload })
    .from(eventLog)
    .where(and(eq(eventLog.incidentId, incidentId), eq(eventLog.type, type)))
    .orderBy(desc(eventLog.seq))
    .limit(1);
  // Written by appendEvents from a NewEvent of this type, checked by the compiler then.
  return row ? (row.payload as unknown as EventPayloads[K]) : null;
}

/** The latest logged ranking of stations of every open incident, by incident id. */
export async function recommendationsOfOpenIncidents(db: Executor): Promise<Record<number, RecommendedStation[]>> {
  const { rows } = await db.execute<{ incident_id: number; stations: RecommendedStation[] }>(sql`
    SELECT DISTINCT ON (e.incident_id) e.incident_id, e.payload->'stations' AS stations
    FROM incident_events e JOIN incidents i ON i.id = e.incident_id
    WHERE e.type = 'incident.recommended' AND i.status NOT IN ('closed', 'cancelled')
    ORDER BY e.incident_id, e.seq DESC`);
  return Object.fromEntries(rows.map((r) => [r.incident_id, r.stations]));
}

/**
 * The events an incident's record shows, in order: its own; its calls' (a call rings before it
 * belongs to an incident, so those carry no incident id); and the live views of the cameras
 * within `radiusM` of its place opened while it was open, with their closes. The payload
 * lookups go through the partial indexes of migration 0014, never through the whole log.
 */
export async function incidentRecordEvents(db: Executor, incidentId: number, radiusM: number): Promise<LoggedEvent[]> {
  const views = sql`'auth.camera_view_opened', 'auth.camera_view_closed'`;
  const rows = await db
    .select()
    .from(eventLog)
    .where(
      sql`${eventLog.seq} IN (
        WITH i AS (SELECT id, location, created_at, coalesce(closed_at, now()) AS ended_at FROM incidents WHERE id = ${incidentId}),
        near AS (
          SELECT c.id FROM cameras c, i
          WHERE ST_DWithin(c.location, i.location, ${radiusM / 100_000})
            AND ST_DWithin(c.location::geography, i.location::geography, ${radiusM})),
        cam AS (
          SELECT e.seq, e.type, e.at, e.payload->>'viewId' AS view_id FROM incident_events e, i
          WHERE e.type IN (${views}) AND ((e.payload->>'cameraId')::int) IN (SELECT id FROM near) AND e.at >= i.created_at)
        SELECT seq FROM incident_events WHERE incident_id = ${incidentId}
        UNION
        SELECT seq FROM incident_events
        WHERE type LIKE 'call.%' AND ((payload->'call'->>'id')::int) IN (SELECT id FROM calls WHERE incident_id = ${incidentId})
        UNION
        SELECT seq FROM cam
        WHERE view_id IN (SELECT view_id FROM cam, i WHERE cam.type = 'auth.camera_view_opened' AND cam.at <= i.ended_at))`,
    )
    .orderBy(asc(eventLog.seq));
  return rows.map(toLoggedEvent);
}
