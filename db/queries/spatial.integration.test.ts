import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { haversineM } from "@/lib/geo/geodesy";
import { seedJakarta } from "@/lib/seed/seed-jakarta";
import { TEST_SEED_CAMERAS } from "@/lib/testing/fixture";
import { openTestDatabase } from "@/lib/testing/open-test-database";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

import { migrateDatabase } from "../migrate";
import { tableCounts } from "./counts";
import { appendEvents, listEventsAfter } from "./events";
import { locatePoint } from "./locate-point";
import { nearestCameras } from "./nearest-cameras";

const monas = { lat: -6.1754, lon: 106.8272 };

describe.each(testDatabaseKinds())("database on %s", (kind) => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("holds built-in Jakarta: 6 kota, 44 kecamatan, 270 kelurahan, 52 stations (34 at published positions), the generated cameras", async () => {
    expect(await tableCounts(t.db)).toMatchObject({
      areas: 320,
      stations: 52,
      cameras: TEST_SEED_CAMERAS,
      incidents: 0,
    });
    const { rows } = await t.db.execute<{ n: number; approx: number; generated: number; live: number }>(sql`
      SELECT (SELECT count(*) FROM stations WHERE kind = 'polsek')::int AS n,
             (SELECT count(*) FROM stations WHERE location_approximate)::int AS approx,
             (SELECT count(*) FROM cameras WHERE generated)::int AS generated,
             (SELECT count(*) FROM cameras WHERE access_mode = 'live')::int AS live`);
    expect(rows[0]).toMatchObject({ n: 45, approx: 52 - 34, generated: TEST_SEED_CAMERAS });
    // About 3% live, the rest on request.
    expect(rows[0]!.live / TEST_SEED_CAMERAS).toBeGreaterThan(0.015);
    expect(rows[0]!.live / TEST_SEED_CAMERAS).toBeLessThan(0.05);
  });

  it("changes nothing when migrated and seeded a second time", async () => {
    const before = await tableCounts(t.db);
    await migrateDatabase(t);
    expect(await seedJakarta(t.db, 100)).toBe(false);
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it("finds the nearest cameras by the index, nearest first", async () => {
    const found = await nearestCameras(t.db, monas.lat, monas.lon, 10);
    expect(found).toHaveLength(10);
    const d = found.map((c) => haversineM(c, monas));
    expect([...d].sort((a, b) => a - b)).toEqual(d);
    const { rows } = await t.db.execute<{ lat: number; lon: number }>(
      sql`SELECT ST_Y(location) AS lat, ST_X(location) AS lon FROM cameras`,
    );
    const bruteForce = rows
      .map((r) => haversineM(r, monas))
      .sort((a, b) => a - b)
      .slice(0, 10);
    expect(d.map((x) => Math.round(x))).toEqual(bruteForce.map((x) => Math.round(x)));
  });

  it("uses the GiST index for the nearest-camera query", async () => {
    const plan = await t.db.execute<Record<string, unknown>>(
      sql`EXPLAIN SELECT id FROM cameras ORDER BY location <-> ST_SetSRID(ST_MakePoint(106.8272, -6.1754), 4326) LIMIT 10`,
    );
    expect(JSON.stringify(plan.rows)).toContain("cameras_location_gist");
  });

  it("places a point in its kelurahan, kecamatan and kota by the built-in boundaries, and says when it is outside", async () => {
    expect(await locatePoint(t.db, monas.lat, monas.lon)).toMatchObject({
      kelurahan: { code: "3173080003", name: "Gambir" },
      kecamatan: { code: "3173080", name: "Gambir" },
      kota: { code: "3173" },
      method: "polygon",
      insideJakarta: true,
    });
    expect(await locatePoint(t.db, -6.9147, 107.6098)).toMatchObject({ insideJakarta: false, kecamatan: null }); // Bandung
  });

  it("places a point on a lake or reservoir (a water area of no kecamatan) in the land kelurahan nearest it", async () => {
    // Inside BPS's "Danau Sunter Dll" water area, between Kemayoran and Sunter.
    const lake = await locatePoint(t.db, -6.1528, 106.85);
    expect(lake).toMatchObject({ insideJakarta: true, method: "polygon" });
    expect(lake.kelurahan?.code).toMatch(/^317[1-5]\d{6}$/);
    expect(lake.kecamatan?.code).toBe(lake.kelurahan?.code.slice(0, 7));
  });

  it("keeps the event log append-only and in sequence order", async () => {
    const [a, b] = await t.db.transaction((tx) =>
      appendEvents(tx, [
        { type: "station.staffing_changed", payload: { code: "A", staffed: true } },
        { type: "station.staffing_changed", payload: { code: "B", staffed: false } },
      ]),
    );
    expect(b!.seq).toBe(a!.seq + 1);
    expect(
      (await listEventsAfter(t.db, a!.seq - 1, { withAudit: true }, 10)).map(
        (e) => e.type === "station.staffing_changed" && e.payload.code,
      ),
    ).toEqual(["A", "B"]);
    // drizzle wraps the database's error; the trigger's message is its cause.
    const refused = {
      cause: expect.objectContaining({ message: expect.stringMatching(/append-only/) as unknown }) as unknown,
    };
    await expect(t.db.execute(sql`UPDATE incident_events SET type = 'x' WHERE seq = ${a!.seq}`)).rejects.toMatchObject(
      refused,
    );
    await expect(t.db.execute(sql`DELETE FROM incident_events WHERE seq = ${a!.seq}`)).rejects.toMatchObject(refused);
  });

  it("lets the retention job replace a call's number with 'anonim' in the event log, and nothing else", async () => {
    const call = { id: 1, callerNumber: "+6281234567890", status: "ringing" };
    const [e] = await appendEvents(t.db, [{ type: "call.rang", payload: { call } as never }]);
    const refused = {
      cause: expect.objectContaining({ message: expect.stringMatching(/append-only/) as unknown }) as unknown,
    };
    const set = (path: string, value: string) =>
      t.db.execute(
        sql`UPDATE incident_events SET payload = jsonb_set(payload, ${path}::text[], to_jsonb(${value}::text)) WHERE seq = ${e!.seq}`,
      );
    await expect(set("{call,callerNumber}", "+6289999999999")).rejects.toMatchObject(refused);
    await expect(set("{call,status}", "anonim")).rejects.toMatchObject(refused);
    await set("{call,callerNumber}", "anonim");
    const { rows } = await t.db.execute<{ n: string }>(
      sql`SELECT payload -> 'call' ->> 'callerNumber' AS n FROM incident_events WHERE seq = ${e!.seq}`,
    );
    expect(rows[0]!.n).toBe("anonim");
  });
});
