import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { ResponseFigure } from "@/lib/metrics/response-times-view";
import { openTestDatabase } from "@/lib/testing/open-test-database";
import { testDatabaseKinds } from "@/lib/testing/test-databases";
import { defaultResponseTargets } from "@/lib/validations/response-targets";

import { callVolume } from "./call-volume";
import { responseTimes } from "./response-times";

// A small history whose figures were worked out by hand (percentile_cont interpolates: the
// p-th percentile of n sorted values sits at position p*(n-1), counting from 0).
const T0 = Date.parse("2026-03-10T01:00:00Z");
const at = (s: number) => new Date(T0 + s * 1000).toISOString();
const range = { from: new Date(T0 - 3600_000), to: new Date(T0 + 86_400_000) };

// Ten calls ringing a minute apart, answered after 2, 4 ... 18 and 30 s. The first three are
// the calls of incidents 1 to 3; a training call and a call of the day before do not count.
const answerSeconds = [2, 4, 6, 8, 10, 12, 14, 16, 18, 30];

describe.each(testDatabaseKinds())("response-time figures on %s", (kind) => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  let kecA: string;
  let kecB: string;
  let stationId: number;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    const { rows: kec } = await t.db.execute<{ code: string }>(
      sql`SELECT code FROM areas WHERE level = 'kecamatan' ORDER BY code LIMIT 2`,
    );
    [kecA, kecB] = [kec[0]!.code, kec[1]!.code];
    const { rows: st } = await t.db.execute<{ id: number }>(
      sql`SELECT id FROM stations WHERE kind = 'polsek' ORDER BY id LIMIT 1`,
    );
    stationId = st[0]!.id;
    // Incident n starts with call n (ringing at 60(n-1) s); dispatched 40, 70 and 50 s after
    // its call was answered; incident 4 was the day before the range.
    const incidents = [
      { n: 1, kec: kecA, created: 60 * 0 + 10, dispatch: 2 + 40 },
      { n: 2, kec: kecA, created: 60 * 1 + 10, dispatch: 60 + 4 + 70 },
      { n: 3, kec: kecB, created: 60 * 2 + 10, dispatch: 120 + 6 + 50 },
      { n: 4, kec: kecB, created: -86_400, dispatch: -86_400 + 5 },
    ];
    for (const i of incidents) {
      await t.db.execute(sql`
        INSERT INTO incidents (id, number, type, priority, status, location, kecamatan_code, kota_code, created_at)
        VALUES (${1000 + i.n}, ${`TEST-${i.n}`}, 'kebakaran', 'P1', 'dispatched',
                ST_SetSRID(ST_MakePoint(106.8, -6.2), 4326), ${i.kec}, ${i.kec.slice(0, 4)}, ${at(i.created)})`);
    }
    for (const [k, s] of answerSeconds.entries()) {
      const incidentId = k < 3 ? 1001 + k : null;
      await t.db.execute(sql`
        INSERT INTO calls (caller_number, status, ringing_at, answered_at, incident_id)
        VALUES (${`+62811000${k}`}, 'completed', ${at(60 * k)}, ${at(60 * k + s)}, ${incidentId})`);
    }
    await t.db.execute(sql`
      INSERT INTO calls (caller_number, status, ringing_at, answered_at, training)
      VALUES ('+628119', 'completed', ${at(30)}, ${at(90)}, true),
             ('+628118', 'completed', ${at(-86_400)}, ${at(-86_400 + 100)}, false)`);
    // Acknowledged after 20 s (incident 1) and 100 s (incident 2); incident 3's unacknowledged.
    // Incident 1's unit went en route 60 s after the acknowledgement and was on scene 300 s later.
    const d1 = 42;
    const d2 = 134;
    await t.db.execute(sql`
      INSERT INTO assignments (incident_id, station_id, status, dispatched_at, acknowledged_at, en_route_at, on_scene_at)
      VALUES (1001, ${stationId}, 'on_scene', ${at(d1)}, ${at(d1 + 20)}, ${at(d1 + 80)}, ${at(d1 + 380)}),
             (1002, ${stationId}, 'acknowledged', ${at(d2)}, ${at(d2 + 100)}, NULL, NULL),
             (1003, ${stationId}, 'dispatched', ${at(176)}, NULL, NULL, NULL),
             (1004, ${stationId}, 'acknowledged', ${at(-86_395)}, ${at(-86_390)}, NULL, NULL)`);
  });
  afterAll(async () => {
    await t?.drop();
  });

  const pick = (figures: ResponseFigure[], measure: string, key: string | null = null) =>
    figures.find((f) => f.measure === measure && f.key === key);
  const shares = (f: ResponseFigure | undefined) => f?.withinTargets.map((w) => [w.seconds, w.share]);

  it("gives each step's percentiles and its share within every target over the range", async () => {
    const r = await responseTimes(t.db, { ...range, groupBy: "kecamatan", targets: defaultResponseTargets });
    const answer = pick(r.overall, "answer")!;
    expect(answer.count).toBe(10);
    expect(answer.p50).toBeCloseTo(11, 6); // between 10 and 12
    expect(answer.p90).toBeCloseTo(19.2, 6); // 18 + 0.1 * (30 - 18)
    expect(answer.p95).toBeCloseTo(24.6, 6); // 18 + 0.55 * 12
    expect(shares(answer)).toEqual([
      [15, 0.7],
      [20, 0.9],
    ]);
    const processing = pick(r.overall, "processing")!;
    expect(processing.count).toBe(3);
    expect([processing.p50, processing.p90, processing.p95]).toEqual([50, 66, 68]); // 40, 50, 70
    expect(shares(processing)).toEqual([
      [30, 0],
      [60, 2 / 3],
    ]);
    const ack = pick(r.overall, "acknowledgement")!;
    expect([ack.count, ack.p50, ack.p90]).toEqual([2, 60, 92]); // 20, 100
    expect(shares(ack)).toEqual([[60, 0.5]]);
    expect(pick(r.overall, "travel")).toMatchObject({ count: 1, p50: 300, p95: 300 });
    // Incident 1: its call rang at 0, its unit on scene at 42 + 380 s.
    expect(pick(r.overall, "total")).toMatchObject({ count: 1, p50: 422 });
    expect(shares(pick(r.overall, "total"))).toEqual([[900, 1]]);
  });

  it("groups by kecamatan, with the area's name, and unlinked calls under an unknown key", async () => {
    const r = await responseTimes(t.db, { ...range, groupBy: "kecamatan", targets: defaultResponseTargets });
    expect(pick(r.groups, "processing", kecA)).toMatchObject({ count: 2, p50: 55 }); // 40, 70
    expect(shares(pick(r.groups, "processing", kecA))).toEqual([
      [30, 0],
      [60, 0.5],
    ]);
    expect(pick(r.groups, "processing", kecB)).toMatchObject({ count: 1, p50: 50 });
    expect(pick(r.groups, "answer", kecA)).toMatchObject({ count: 2, p50: 3 }); // 2, 4
    expect(pick(r.groups, "answer", "")).toMatchObject({ count: 7, p50: 14 }); // 8 ... 18, 30
    const { rows } = await t.db.execute<{ name: string }>(sql`SELECT name FROM areas WHERE code = ${kecA}`);
    expect(pick(r.groups, "processing", kecA)!.label).toBe(rows[0]!.name);
  });

  it("groups by hour of day in Jakarta's time, and by polsek", async () => {
    const byHour = await responseTimes(t.db, { ...range, groupBy: "hour", targets: defaultResponseTargets });
    // 01:00 UTC is 08:00 in Jakarta; every call of the range rang in that hour.
    expect(byHour.groups.filter((f) => f.measure === "answer").map((f) => [f.key, f.count])).toEqual([["8", 10]]);
    const byPolsek = await responseTimes(t.db, { ...range, groupBy: "polsek", targets: defaultResponseTargets });
    expect(pick(byPolsek.groups, "acknowledgement", String(stationId))).toMatchObject({ count: 2 });
  });

  it("counts nothing outside the range, and a target set by the supervisor", async () => {
    const r = await responseTimes(t.db, {
      from: new Date(T0 + 86_400_000),
      to: new Date(T0 + 2 * 86_400_000),
      groupBy: "type",
      targets: [{ measure: "answer", seconds: 5, share: 0.9 }],
    });
    expect(r.overall).toEqual([]);
    const s = await responseTimes(t.db, {
      ...range,
      groupBy: "type",
      targets: [{ measure: "answer", seconds: 5, share: 0.9 }],
    });
    expect(shares(pick(s.overall, "answer"))).toEqual([[5, 0.2]]);
    expect(pick(s.overall, "processing")!.withinTargets).toEqual([]);
  });

  it("counts a day's calls by class, the prank callers and the callback rate", async () => {
    // The third day after T0, in Jakarta's calendar: 2026-03-12 (T0 is 08:00 there).
    const d = 2 * 86_400;
    await t.db.execute(sql`
      INSERT INTO calls (caller_number, status, ringing_at, answered_at, ended_at, classification, called_back_at, training)
      VALUES ('+628111', 'completed', ${at(d)}, ${at(d + 5)}, ${at(d + 60)}, 'prank', NULL, false),
             ('+628111', 'completed', ${at(d + 100)}, ${at(d + 105)}, ${at(d + 160)}, 'prank', NULL, false),
             ('+628112', 'completed', ${at(d + 200)}, ${at(d + 205)}, ${at(d + 260)}, 'prank', NULL, false),
             ('+628113', 'abandoned', ${at(d + 300)}, NULL, ${at(d + 310)}, NULL, ${at(d + 910)}, false),
             ('+628114', 'no_answer', ${at(d + 400)}, NULL, ${at(d + 430)}, NULL, ${at(d + 630)}, false),
             ('+628115', 'abandoned', ${at(d + 500)}, NULL, ${at(d + 510)}, NULL, NULL, false),
             ('+628116', 'completed', ${at(d + 600)}, ${at(d + 605)}, ${at(d + 700)}, 'info', NULL, false),
             ('+628117', 'completed', ${at(d + 700)}, ${at(d + 705)}, ${at(d + 800)}, 'prank', NULL, true)`);
    const v = await callVolume(t.db, { from: new Date(T0 + d * 1000 - 1000), to: new Date(T0 + d * 1000 + 3_600_000) });
    expect(v.perDay).toEqual([{ day: "2026-03-12", counts: { prank: 3, abandoned: 3, info: 1 } }]);
    expect(v.prankCallers.map((p) => [p.callerNumber, p.pranks])).toEqual([
      ["+628111", 2],
      ["+628112", 1],
    ]);
    // Two of three called back, 600 s and 200 s after they ended: the median is 400 s.
    expect(v.callbacks).toEqual({ abandoned: 3, calledBack: 2, rate: 2 / 3, medianSeconds: 400 });
  });
});
