import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { type CameraRow, upsertCameras } from "@/db/queries/upsert-cameras";
import { findUserIdByEmail } from "@/db/queries/users";
import type { LoggedEvent } from "@/lib/realtime/events";
import { type HlsStream, startHlsStream } from "@/lib/testing/hls-stream";
import { prepareTestDatabase } from "@/lib/testing/open-test-database";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

// The proxy against a real HLS stream that ffmpeg makes on loopback, as a camera's recorder
// would serve it: the browser gets only the console's own links, and each opening is audited.
let stream: HlsStream;
beforeAll(async () => {
  stream = await startHlsStream();
}, 60_000);
afterAll(async () => {
  await stream?.stop();
});

const AT = { lat: -6.1754, lon: 106.8272 };
const camera = (externalId: string, more: Partial<CameraRow> & Pick<CameraRow, "accessMode">): CameraRow => ({
  externalId,
  name: `Test ${externalId}`,
  ...AT,
  ownerType: "government" as const,
  source: "test",
  ...more,
});

describe.each(testDatabaseKinds())("the live camera proxy on %s", (kind) => {
  let c: RunningConsole;
  const ids: Record<string, number> = {};
  const userIds: Record<string, string> = {};

  beforeAll(async () => {
    const database = await prepareTestDatabase(kind, async (db) => {
      await upsertCameras(db, [
        camera("T-LIVE", { accessMode: "live", streamUrl: stream.playlistUrl }),
        camera("T-DEAD", { accessMode: "live", streamUrl: stream.deadUrl }),
        camera("T-STILL", { accessMode: "live", snapshotUrl: stream.snapshotUrl }),
        camera("T-OWNER", { accessMode: "on_request", streamUrl: stream.playlistUrl, retentionDays: 7 }),
      ]);
      const { rows } = await db.execute<{ id: number; external_id: string }>(
        sql`SELECT id, external_id FROM cameras WHERE source = 'test'`,
      );
      for (const r of rows) ids[r.external_id] = r.id;
      for (const key of ["monitor", "dispatcher"])
        userIds[key] = (await findUserIdByEmail(db, inject("fixture").users[key]!.email))!;
    });
    c = await startConsole(kind, {}, { database });
  }, 120_000);
  afterAll(async () => {
    await c?.stop();
    await c?.database.drop();
  });

  const live = (id: number) => `/api/cameras/${id}/live/index.m3u8`;
  const auditOf = async (type: string) =>
    (await c.data<{ events: LoggedEvent[] }>("/api/events?after=0&limit=5000", { as: "supervisor" })).events.filter(
      (e) => e.type === type,
    );

  it("serves a playlist with only the console's own links, whose playlists and segments play", async () => {
    const res = await c.api(live(ids["T-LIVE"]!), { as: "monitor" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.apple.mpegurl");
    const master = await res.text();
    expect(master).not.toContain("127.0.0.1");
    expect(master).not.toContain(stream.playlistUrl.split("/")[2]);
    const variant = master.split("\n").find((l) => l.startsWith("/api/"))!;
    expect(variant).toMatch(new RegExp(`^/api/cameras/${ids["T-LIVE"]}/live/[A-Za-z0-9_-]+$`));

    const media = await c.api(variant, { as: "monitor" });
    expect(media.status).toBe(200);
    const text = await media.text();
    expect(text).toContain("#EXTINF");
    expect(text).not.toContain("127.0.0.1");
    expect(text).not.toMatch(/\.ts/);
    const segment = text.split("\n").find((l) => l.startsWith("/api/"))!;
    const seg = await c.api(segment, { as: "monitor" });
    expect(seg.status).toBe(200);
    expect(seg.headers.get("content-type")).toBe("video/mp2t");
    const bytes = new Uint8Array(await seg.arrayBuffer());
    // An MPEG transport stream: 188-byte packets, each starting with the sync byte 0x47.
    expect(bytes.length).toBeGreaterThan(188);
    expect(bytes[0]).toBe(0x47);
    expect(bytes[188]).toBe(0x47);
    expect(stream.served.some((p) => p.endsWith(".ts"))).toBe(true);

    // The links are the opener's own: another watcher, even one allowed to watch, is refused.
    expect((await c.api(segment, { as: "dispatcher" })).status).toBe(404);
    const at = segment.length - 10;
    const tampered = `${segment.slice(0, at)}${segment[at] === "A" ? "B" : "A"}${segment.slice(at + 1)}`;
    expect((await c.api(tampered, { as: "monitor" })).status).toBe(404);
  });

  it("writes the opening and, when the player closes, its length to the audit trail", async () => {
    const before = (await auditOf("auth.camera_view_opened")).length;
    expect((await c.api(live(ids["T-LIVE"]!), { as: "dispatcher" })).status).toBe(200);
    const opened = await auditOf("auth.camera_view_opened");
    expect(opened.length).toBe(before + 1);
    const last = opened.at(-1)!;
    expect(last.actorId).toBe(userIds.dispatcher);
    expect(last.payload).toMatchObject({ cameraId: ids["T-LIVE"], cameraName: "Test T-LIVE" });
    // Audit events are the supervisor's and admin's only.
    const seenByMonitor = await c.data<{ events: LoggedEvent[] }>("/api/events?after=0&limit=5000", { as: "monitor" });
    expect(seenByMonitor.events.some((e) => e.type.startsWith("auth."))).toBe(false);

    const closed = await c.data<{ closed: number }>(`/api/cameras/${ids["T-LIVE"]}/views/close`, {
      as: "dispatcher",
      method: "POST",
    });
    expect(closed.closed).toBe(1);
    const ended = (await auditOf("auth.camera_view_closed")).find(
      (e) => e.type === "auth.camera_view_closed" && e.payload.viewId === (last.payload as { viewId: string }).viewId,
    );
    expect(ended).toBeDefined();
    expect(ended!.payload).toMatchObject({ cameraId: ids["T-LIVE"], reason: "closed" });
    expect(ended!.actorId).toBe(userIds.dispatcher);
  });

  it("refuses roles that may not watch, and cameras that are not live or have no stream", async () => {
    for (const role of ["operator", "polsek", "admin"]) {
      const res = await c.api(live(ids["T-LIVE"]!), { as: role });
      expect(res.status, role).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    }
    expect((await c.api(live(ids["T-LIVE"]!))).status).toBe(401);
    const owner = await c.api(live(ids["T-OWNER"]!), { as: "monitor" });
    expect(owner.status).toBe(409);
    expect(((await owner.json()) as { error: { code: string } }).error.code).toBe("camera_not_live");
    expect((await c.api(live(ids["T-STILL"]!), { as: "monitor" })).status).toBe(404);
    expect((await c.api(live(2147483647), { as: "monitor" })).status).toBe(404);
  });

  it("says within a few seconds that a camera does not answer", async () => {
    const began = performance.now();
    const res = await c.api(live(ids["T-DEAD"]!), { as: "monitor" });
    const tookMs = performance.now() - began;
    expect(res.status).toBe(504);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("stream_timeout");
    // The upstream timeout is 3 s; the bound is loose so a loaded machine does not fail it.
    expect(tookMs).toBeLessThan(10_000);
  });

  it("proxies a camera's still image, and refuses it to roles that may not watch", async () => {
    const res = await c.api(`/api/cameras/${ids["T-STILL"]}/snapshot`, { as: "monitor" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
    expect((await c.api(`/api/cameras/${ids["T-STILL"]}/snapshot`, { as: "operator" })).status).toBe(403);
    expect((await c.api(`/api/cameras/${ids["T-LIVE"]}/snapshot`, { as: "monitor" })).status).toBe(404);
  });
});
