import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { listEventsAfter } from "@/db/queries/events";
import { upsertCameras } from "@/db/queries/upsert-cameras";
import type { LoggedEvent } from "@/lib/realtime/events";
import { openTestDatabase, prepareTestDatabase } from "@/lib/testing/open-test-database";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

import { scheduleClusterRebuild } from "./camera-clusters";
import { markSilentCamerasOffline, recordHeartbeat } from "./camera-health";

const AT = { lat: -6.02, lon: 106.85, ownerType: "company" as const, accessMode: "live" as const, source: "test" };
const T0 = new Date("2026-11-25T08:00:00.000Z");
const after = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe.each(testDatabaseKinds())("camera health with a clock the test sets, on %s", (kind) => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  let id: number;
  const health = async () =>
    (
      await t.db.execute<{ health: string; last_seen_at: string | null }>(
        sql`SELECT health, last_seen_at::text FROM cameras WHERE id = ${id}`,
      )
    ).rows[0]!;
  const eventsSince = async (seq: number) =>
    (await listEventsAfter(t.db, seq, { withAudit: true }, 1000)).filter((e) => e.type.startsWith("camera."));
  const lastSeq = async () =>
    Number(
      (await t.db.execute<{ seq: string }>(sql`SELECT coalesce(max(seq), 0) AS seq FROM incident_events`)).rows[0]!.seq,
    );

  beforeAll(async () => {
    t = await openTestDatabase(kind);
    await upsertCameras(t.db, [{ externalId: "T-HB", name: "Kamera Uji Detak", ...AT, health: "unknown" }]);
    id = (await t.db.execute<{ id: number }>(sql`SELECT id FROM cameras WHERE external_id = 'T-HB'`)).rows[0]!.id;
  });
  afterAll(async () => {
    // The map's clusters are counted again after a change, in the background: let that finish first.
    if (t) await scheduleClusterRebuild(t.db);
    await t?.drop();
  });

  it("keeps a camera that never reported as its registry says, whatever the time", async () => {
    expect(await markSilentCamerasOffline(t.db, after(86_400 * 365), 300)).toBe(0);
    expect((await health()).health).toBe("unknown");
  });

  it("marks a reporting camera offline once silent past the setting, as one event, and online again", async () => {
    const seq = await lastSeq();
    expect(await recordHeartbeat(t.db, { externalIds: ["T-HB", "NO-SUCH"] }, T0)).toEqual({
      seen: 1,
      online: 0,
      unknown: ["NO-SUCH"],
    });
    expect(await health()).toMatchObject({ health: "online" });
    // An older heartbeat arriving late does not move the last sighting back.
    await recordHeartbeat(t.db, { ids: [id] }, after(-60));
    expect(new Date((await health()).last_seen_at!).getTime()).toBe(T0.getTime());

    expect(await markSilentCamerasOffline(t.db, after(299), 300)).toBe(0);
    expect(await markSilentCamerasOffline(t.db, after(300), 300)).toBe(0);
    expect(await markSilentCamerasOffline(t.db, after(301), 300)).toBe(1);
    expect((await health()).health).toBe("offline");
    // Once offline, later sweeps say nothing more.
    expect(await markSilentCamerasOffline(t.db, after(900), 300)).toBe(0);

    expect(await recordHeartbeat(t.db, { ids: [id, 999_999_999] }, after(1_000))).toEqual({
      seen: 1,
      online: 1,
      unknown: [999_999_999],
    });
    expect((await health()).health).toBe("online");
    const events = await eventsSince(seq);
    expect(events.map((e) => e.type)).toEqual(["camera.offline", "camera.online"]);
    expect(events[0]!.payload).toEqual({
      camera: { id, name: "Kamera Uji Detak", lastSeenAt: T0.toISOString() },
      silentSeconds: 300,
    });
    expect(events[1]!.payload).toEqual({
      camera: { id, name: "Kamera Uji Detak", lastSeenAt: after(1_000).toISOString() },
    });
  });
});

describe.each(testDatabaseKinds())("heartbeats over HTTP and the console's own sweep, on %s", (kind) => {
  let c: RunningConsole;
  let id: number;
  beforeAll(async () => {
    const database = await prepareTestDatabase(kind, async (db) => {
      await upsertCameras(db, [{ externalId: "T-HB2", name: "Kamera Uji Sapuan", ...AT }]);
      id = (await db.execute<{ id: number }>(sql`SELECT id FROM cameras WHERE external_id = 'T-HB2'`)).rows[0]!.id;
    });
    c = await startConsole(kind, { CAMERA_OFFLINE_AFTER_SECONDS: "10" }, { database });
  }, 120_000);
  afterAll(async () => {
    await c?.stop();
    await c?.database.drop();
  });

  it("takes a recorder's heartbeats with a monitor's token, refuses other roles and bad input", async () => {
    expect((await c.api(`/api/cameras/${id}/heartbeat`, { as: "dispatcher", method: "POST" })).status).toBe(403);
    expect((await c.api(`/api/cameras/999999999/heartbeat`, { as: "monitor", method: "POST" })).status).toBe(404);
    for (const json of [{}, { ids: ["x"] }, { ids: [1], extra: true }, { externalIds: Array(10_001).fill("A") }]) {
      const res = await c.api("/api/cameras/heartbeats", { as: "monitor", method: "POST", json });
      expect(res.status, JSON.stringify(json).slice(0, 40)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    const before = await c.data<{ reporting: number; offlineAfterSeconds: number }>("/api/cameras/health", {
      as: "monitor",
    });
    expect(before.offlineAfterSeconds).toBe(10);
    expect(await c.data(`/api/cameras/${id}/heartbeat`, { as: "monitor", method: "POST" })).toEqual({
      seen: 1,
      online: 0,
      unknown: [],
    });
    const now = await c.data<{ reporting: number }>("/api/cameras/health", { as: "supervisor" });
    expect(now.reporting).toBe(before.reporting + 1);
  });

  it("marks the silent camera offline by itself and tells every console-wide role", async () => {
    const dispatcher = c.socket("dispatcher");
    const offline = new Promise<LoggedEvent>((resolve) =>
      dispatcher.on("event:logged", (e) => e.type === "camera.offline" && e.payload.camera.id === id && resolve(e)),
    );
    await c.data("/api/cameras/heartbeats", { as: "admin", method: "POST", json: { ids: [id] } });
    const began = Date.now();
    const event = await offline;
    // Silent for 10 s, found by a sweep every 2.5 s.
    expect(Date.now() - began).toBeGreaterThanOrEqual(9_000);
    expect(event.payload).toMatchObject({ camera: { id, name: "Kamera Uji Sapuan" }, silentSeconds: 10 });
    const camera = await c.data<{ status: string }>(`/api/cameras/${id}`, { as: "dispatcher" });
    expect(camera.status).toBe("offline");
  }, 30_000);
});
