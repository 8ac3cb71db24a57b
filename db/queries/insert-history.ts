import { sql } from "drizzle-orm";

import type { DatedEvent, HistoryIds } from "@/lib/history/history-events";
import type { HistoryKelurahan, HistoryStation, PlannedIncident } from "@/lib/history/plan-history";

import type { Db, Executor } from "../client";
import { appendGeneratedEvents } from "./events";
import { vacuumAnalyze } from "./vacuum-analyze";

/** What the generator places history on: kelurahan with their names, polsek with their jurisdictions, call-takers. */
export async function readHistoryContext(db: Executor) {
  const { rows: kelurahan } = await db.execute<HistoryKelurahan & Record<string, unknown>>(sql`
    SELECT kel.code, kel.name, kel.parent_code AS "kecamatanCode", kel.kota_code AS "kotaCode",
           ST_Y(kel.point) AS lat, ST_X(kel.point) AS lon,
           json_build_object('code', kec.code, 'name', kec.name) AS kecamatan,
           json_build_object('code', kota.code, 'name', kota.name) AS kota
    FROM areas kel JOIN areas kec ON kec.code = kel.parent_code JOIN areas kota ON kota.code = kel.kota_code
    WHERE kel.level = 'kelurahan' AND NOT kel.is_water ORDER BY kel.code`);
  const { rows: stations } = await db.execute<HistoryStation & Record<string, unknown>>(sql`
    SELECT id, code, name, jurisdiction_codes AS "jurisdictionCodes"
    FROM stations WHERE kind = 'polsek' ORDER BY id`);
  const { rows: takers } = await db.execute<{ id: string }>(
    sql`SELECT id FROM "user" WHERE role = 'operator' ORDER BY id`,
  );
  return { kelurahan, stations, callTakerIds: takers.map((t) => t.id) };
}

const nextIds = async (db: Executor, table: string, n: number) => {
  const { rows } = await db.execute<{ id: number }>(
    sql`SELECT nextval(pg_get_serial_sequence(${table}, 'id'))::int AS id FROM generate_series(1, ${n})`,
  );
  return rows.map((r) => Number(r.id));
};

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Writes planned incidents with their call, assignment and (when `eventsFor` is given) events,
 * a batch per transaction: each batch is a few statements of JSON arrays, not a statement per
 * row. Returns how many events were written.
 */
export async function insertPlannedIncidents(
  db: Db,
  planned: readonly PlannedIncident[],
  opts: {
    numberFor: (p: PlannedIncident, incidentId: number) => string;
    eventsFor?: ((p: PlannedIncident, ids: HistoryIds, number: string) => DatedEvent[]) | undefined;
    batch?: number;
  },
): Promise<number> {
  const size = opts.batch ?? 2000;
  let events = 0;
  for (let start = 0; start < planned.length; start += size) {
    const chunk = planned.slice(start, start + size);
    events += await db.transaction(async (tx) => {
      const incidentIds = await nextIds(tx, "incidents", chunk.length);
      const callIds = await nextIds(tx, "calls", chunk.length);
      const assignmentIds = await nextIds(tx, "assignments", chunk.length);
      const numbers = chunk.map((p, i) => opts.numberFor(p, incidentIds[i]!));
      const incidents = chunk.map((p, i) => ({
        id: incidentIds[i],
        number: numbers[i],
        type: p.type,
        priority: p.priority,
        lat: p.lat,
        lon: p.lon,
        kel: p.kelurahan.code,
        kec: p.kelurahan.kecamatanCode,
        kota: p.kelurahan.kotaCode,
        by: p.callTakerId,
        created: iso(p.createdAt),
        closed: iso(p.clearedAt + 60_000),
        rang: iso(p.rangAt),
        answered: iso(p.answeredAt),
        dispatched: iso(p.dispatchedAt),
        station: p.station.id,
        onScene: iso(p.onSceneAt),
      }));
      // With its step times already (those of its one call and one assignment below): the
      // triggers that keep them then find nothing to change, and leave no second row version.
      await tx.execute(sql`
        INSERT INTO incidents (id, number, type, priority, status, location, kelurahan_code, kecamatan_code, kota_code,
                               source, created_by, created_at, closed_at, disposition, generated,
                               first_rang_at, first_answered_at, first_call_taker_id, first_dispatched_at,
                               first_station_id, first_on_scene_at)
        SELECT (v->>'id')::int, v->>'number', v->>'type', v->>'priority', 'closed',
               ST_SetSRID(ST_MakePoint((v->>'lon')::float8, (v->>'lat')::float8), 4326),
               v->>'kel', v->>'kec', v->>'kota', 'call', v->>'by', (v->>'created')::timestamptz,
               (v->>'closed')::timestamptz, 'resolved', true,
               (v->>'rang')::timestamptz, (v->>'answered')::timestamptz, v->>'by', (v->>'dispatched')::timestamptz,
               (v->>'station')::int, (v->>'onScene')::timestamptz
        FROM jsonb_array_elements(${JSON.stringify(incidents)}::jsonb) AS v`);
      const calls = chunk.map((p, i) => ({
        id: callIds[i],
        incident: incidentIds[i],
        by: p.callTakerId,
        rang: iso(p.rangAt),
        answered: iso(p.answeredAt),
        ended: iso(p.createdAt + 30_000),
      }));
      await tx.execute(sql`
        INSERT INTO calls (id, caller_number, status, ringing_at, answered_at, ended_at, classification,
                           call_taker_id, incident_id, created_at, generated)
        SELECT (v->>'id')::int, '+62813' || lpad(((v->>'id')::bigint % 100000000)::text, 8, '0'), 'completed',
               (v->>'rang')::timestamptz, (v->>'answered')::timestamptz, (v->>'ended')::timestamptz, 'emergency',
               v->>'by', (v->>'incident')::int, (v->>'rang')::timestamptz, true
        FROM jsonb_array_elements(${JSON.stringify(calls)}::jsonb) AS v`);
      const assignments = chunk.map((p, i) => ({
        id: assignmentIds[i],
        incident: incidentIds[i],
        station: p.station.id,
        unit: `${p.station.code}-1`,
        dispatched: iso(p.dispatchedAt),
        ack: iso(p.acknowledgedAt),
        enRoute: iso(p.enRouteAt),
        onScene: iso(p.onSceneAt),
        cleared: iso(p.clearedAt),
      }));
      await tx.execute(sql`
        INSERT INTO assignments (id, incident_id, station_id, status, dispatched_at, acknowledged_at, en_route_at,
                                 on_scene_at, cleared_at, unit, outcome, generated)
        SELECT (v->>'id')::int, (v->>'incident')::int, (v->>'station')::int, 'cleared',
               (v->>'dispatched')::timestamptz, (v->>'ack')::timestamptz, (v->>'enRoute')::timestamptz,
               (v->>'onScene')::timestamptz, (v->>'cleared')::timestamptz, v->>'unit', 'handled', true
        FROM jsonb_array_elements(${JSON.stringify(assignments)}::jsonb) AS v`);
      const eventsFor = opts.eventsFor;
      if (!eventsFor) return 0;
      const dated: DatedEvent[] = chunk.flatMap((p, i) =>
        eventsFor(
          p,
          { incidentId: incidentIds[i]!, callId: callIds[i]!, assignmentId: assignmentIds[i]! },
          numbers[i]!,
        ),
      );
      return appendGeneratedEvents(tx, dated);
    });
  }
  return events;
}

/**
 * The calls that made no incident, for one stretch of time, generated in the database (no row
 * crosses from the console): cut off while connected, pranks (a few numbers again and again),
 * information requests and repeats, in the 2024 report's shares. `seed` makes a run repeatable.
 */
export async function insertBackgroundCalls(
  db: Db,
  opts: {
    from: number;
    to: number;
    count: number;
    callTakerIds: readonly string[];
    shares: { abandoned: number; prank: number; info: number };
    seed: number;
  },
): Promise<void> {
  if (opts.count <= 0) return;
  const takers = opts.callTakerIds.length ? opts.callTakerIds.join(",") : null;
  const a = opts.shares.abandoned;
  const p = a + opts.shares.prank;
  const i = p + opts.shares.info;
  // The answer's wait is log-normal around 6 s: NENA's 15 s kept for most calls, never all.
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT setseed(${opts.seed}::float8)`);
    await tx.execute(sql`
      INSERT INTO calls (caller_number, status, ringing_at, answered_at, ended_at, classification, called_back_at,
                         call_taker_id, created_at, generated)
      SELECT CASE WHEN r.cls = 'prank' AND r.u2 < 0.5
                  THEN '+62812' || lpad(floor(power(r.u3, 4) * 3000)::int::text, 7, '0')
                  ELSE '+628' || lpad(floor(r.u3 * 9e9)::bigint::text, 10, '0') END,
             CASE WHEN r.cls = 'abandoned' THEN 'abandoned' ELSE 'completed' END,
             r.t, r.t + r.wait, r.t + r.wait + r.talk, r.cls,
             CASE WHEN r.cls = 'abandoned' AND r.u2 < 0.45 THEN r.t + r.wait + r.talk + r.u4 * interval '2 hours' END,
             CASE WHEN ${takers}::text IS NULL THEN NULL
                  ELSE (string_to_array(${takers}::text, ','))[1 + floor(r.u4 * ${opts.callTakerIds.length}::int)::int] END,
             r.t, true
      FROM (
        SELECT to_timestamp((${opts.from}::float8 + random() * (${opts.to}::float8 - ${opts.from}::float8)) / 1000.0) AS t,
               CASE WHEN u < ${a}::float8 THEN 'abandoned' WHEN u < ${p}::float8 THEN 'prank' WHEN u < ${i}::float8 THEN 'info' ELSE 'duplicate' END AS cls,
               least(180, greatest(1, 6 * exp(0.7 * sqrt(-2 * ln(greatest(random(), 1e-12))) * cos(2 * pi() * random()))))
                 * interval '1 second' AS wait,
               (5 + random() * 115) * interval '1 second' AS talk,
               random() AS u2, random() AS u3, random() AS u4
        FROM (SELECT random() AS u FROM generate_series(1, ${opts.count}::int)) g
      ) r`);
  });
}

/** The figures read a month's calls from the index alone once the visibility map is written. */
export const vacuumHistoryTables = (db: Db) =>
  vacuumAnalyze(db, ["calls", "incidents", "assignments", "incident_events"]);
