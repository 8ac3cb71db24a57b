import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openDatabase } from "@/db/client";
import type { CallView } from "@/lib/calls/call-view";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import type { IncidentView } from "@/lib/incidents/incident-view";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

// Each incident's first steps are kept on its row for the response-time figures (migration
// 0019). Through the console's own API: a call that rang before the one the incident was made
// from, linked later; a first station called off for another; that one on scene. Then, on the
// stopped console's database, a call moved to another incident (as a merge would) and the
// first assignment removed: every stored step must equal the figures' definition worked out
// afresh from the calls and assignments.

type Steps = {
  id: number;
  first_rang_at: string | null;
  first_answered_at: string | null;
  first_call_taker_id: string | null;
  first_dispatched_at: string | null;
  first_station_id: number | null;
  first_on_scene_at: string | null;
};

const iso = (v: unknown) => (v === null ? null : new Date(v as string).toISOString());
const normal = (r: Steps): Steps => ({
  ...r,
  first_rang_at: iso(r.first_rang_at),
  first_answered_at: iso(r.first_answered_at),
  first_dispatched_at: iso(r.first_dispatched_at),
  first_on_scene_at: iso(r.first_on_scene_at),
  first_station_id: r.first_station_id === null ? null : Number(r.first_station_id),
});

const stored = sql`
  SELECT id, first_rang_at, first_answered_at, first_call_taker_id, first_dispatched_at, first_station_id,
         first_on_scene_at
  FROM incidents ORDER BY id`;

// The definitions as the figures once read them, per incident, from the calls and assignments.
const workedOut = sql`
  SELECT i.id, c.rang_at AS first_rang_at, c.answered_at AS first_answered_at, c.call_taker_id AS first_call_taker_id,
         a.dispatched_at AS first_dispatched_at, a.station_id AS first_station_id, a.on_scene_at AS first_on_scene_at
  FROM incidents i
  LEFT JOIN LATERAL (
    SELECT min(ringing_at) AS rang_at, min(answered_at) AS answered_at,
           (array_agg(call_taker_id ORDER BY ringing_at, id))[1] AS call_taker_id
    FROM calls WHERE incident_id = i.id AND NOT training
  ) c ON true
  LEFT JOIN LATERAL (
    SELECT min(dispatched_at) AS dispatched_at, min(on_scene_at) AS on_scene_at,
           (array_agg(station_id ORDER BY dispatched_at, id))[1] AS station_id
    FROM assignments WHERE incident_id = i.id
  ) a ON true
  ORDER BY i.id`;

describe.each(testDatabaseKinds())("each incident's first steps on %s", (kind) => {
  let c: RunningConsole;
  let own: number;
  let other: number;
  beforeAll(async () => {
    c = await startConsole(kind);
    const stations = await c.data<{ id: number; code: string }[]>("/api/map/stations", { as: "admin" });
    const idOf = (code: string) => stations.find((s) => s.code === code)!.id;
    own = idOf(c.users.polsek!.stationCode!);
    other = idOf(c.users.polsekOther!.stationCode!);
  });
  afterAll(async () => {
    await c?.stop();
  });

  const post = <T>(path: string, as: string, json: unknown) => c.data<T>(path, { as, method: "POST", json });
  const logCall = (as: string, callerNumber: string, secondsAgo: number) =>
    post<CallView>("/api/calls", as, { callerNumber, ringingAt: new Date(Date.now() - secondsAgo * 1000) });
  const newIncident = (as: string, callId?: number) =>
    post<IncidentView>("/api/incidents", as, {
      type: "kebakaran",
      priority: "P1",
      lat: -6.1595,
      lon: 106.8531,
      ...(callId ? { callId } : {}),
    });

  it("keeps them through a call linked later, a station called off and a call moved away", async () => {
    // The supervisor took the earlier call; the incident is made from the operator's later one.
    const earlier = await logCall("supervisor", "+6281377700001", 120);
    const later = await logCall("operator", "+6281377700002", 60);
    const incident = await newIncident("operator", later.id);
    const linked = await post<CallView>(`/api/calls/${earlier.id}/link`, "supervisor", { incidentId: incident.id });
    expect(linked.incidentId).toBe(incident.id);
    const first = await post<AssignmentView>(`/api/incidents/${incident.id}/dispatch`, "dispatcher", {
      stationId: own,
    });
    const second = await post<AssignmentView>(`/api/assignments/${first.id}/move`, "dispatcher", {
      stationId: other,
      reason: "Unit terdekat sedang bertugas",
    });
    for (const status of ["acknowledged", "en_route", "on_scene"])
      await post(`/api/assignments/${second.id}/status`, "polsekOther", { status });
    const callless = await newIncident("dispatcher");
    const undispatched = await newIncident("operator", (await logCall("operator", "+6281377700003", 30)).id);
    await c.stop({ keepDatabase: true });

    const { db, close } = await openDatabase({
      databaseUrl: c.database.env.DATABASE_URL,
      dataDir: c.database.env.DATA_DIR,
      poolSize: 1,
    });
    try {
      const read = async () => (await db.execute<Steps>(stored)).rows.map(normal);
      const afresh = async () => (await db.execute<Steps>(workedOut)).rows.map(normal);
      const { rows: moves } = await db.execute<{
        id: number;
        status: string;
        dispatched_at: string;
        on_scene_at: string;
      }>(
        sql`SELECT id, status, dispatched_at, on_scene_at FROM assignments WHERE incident_id = ${incident.id} ORDER BY id`,
      );
      expect(moves.map((m) => m.status)).toEqual(["cancelled", "on_scene"]);
      const steps = await read();
      // The earlier call's ringing, answer and call-taker; the station called off was still
      // the first dispatch; the other station's unit the first on scene.
      expect(steps.find((s) => s.id === incident.id)).toEqual({
        id: incident.id,
        first_rang_at: earlier.ringingAt,
        first_answered_at: earlier.answeredAt,
        first_call_taker_id: earlier.callTakerId,
        first_dispatched_at: iso(moves[0]!.dispatched_at),
        first_station_id: own,
        first_on_scene_at: iso(moves[1]!.on_scene_at),
      });
      expect(steps.find((s) => s.id === undispatched.id)).toMatchObject({
        first_call_taker_id: later.callTakerId,
        first_dispatched_at: null,
        first_station_id: null,
        first_on_scene_at: null,
      });
      // No call at all: the figures start it at its creation.
      expect(steps.find((s) => s.id === callless.id)).toMatchObject({ first_rang_at: null, first_answered_at: null });
      expect(steps).toEqual(await afresh());

      // The earlier call moved to the other incident, and the station called off removed.
      await db.execute(sql`UPDATE calls SET incident_id = ${undispatched.id} WHERE id = ${earlier.id}`);
      await db.execute(sql`DELETE FROM assignments WHERE id = ${first.id}`);
      const after = await read();
      expect(after.find((s) => s.id === incident.id)).toMatchObject({
        first_rang_at: later.ringingAt,
        first_call_taker_id: later.callTakerId,
        first_station_id: other,
        first_dispatched_at: iso(moves[1]!.dispatched_at),
      });
      expect(after.find((s) => s.id === undispatched.id)).toMatchObject({
        first_rang_at: earlier.ringingAt,
        first_call_taker_id: earlier.callTakerId,
      });
      // A call made a training call no longer counts; a change to nothing the figures read
      // (a call's status) changes no step.
      await db.execute(sql`UPDATE calls SET training = true WHERE id = ${later.id}`);
      await db.execute(sql`UPDATE calls SET status = 'completed' WHERE incident_id IS NOT NULL`);
      expect((await read()).find((s) => s.id === incident.id)).toMatchObject({
        first_rang_at: null,
        first_answered_at: null,
        first_call_taker_id: null,
      });
      expect(await read()).toEqual(await afresh());
    } finally {
      await close();
      await c.database.drop();
    }
  });
});
