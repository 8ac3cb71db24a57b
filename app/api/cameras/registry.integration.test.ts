import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { upsertCameras } from "@/db/queries/upsert-cameras";
import type { RegistryCamera } from "@/lib/cameras/registry-camera";
import type { AreaCoverage } from "@/lib/coverage/area-coverage";
import type { LoggedEvent } from "@/lib/realtime/events";
import { prepareTestDatabase } from "@/lib/testing/open-test-database";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

// Taman Suropati, Menteng (Jakarta Pusat): a dome camera that the registry's edits turn.
const MENTENG = { lat: -6.1991, lon: 106.8329 };
type Page = { cameras: RegistryCamera[]; total: number; pageSize: number };

describe.each(testDatabaseKinds())("the camera registry and its coverage on %s", (kind) => {
  let c: RunningConsole;
  let domeId: number;
  let count: (where: string) => Promise<number>;

  beforeAll(async () => {
    const database = await prepareTestDatabase(kind, async (db) => {
      await upsertCameras(db, [
        {
          externalId: "T-DOME",
          name: "Kamera Uji Suropati",
          ...MENTENG,
          ownerType: "government",
          accessMode: "live",
          provider: "PT Uji Kamera",
          streamUrl: "http://127.0.0.1:9/never-shown.m3u8",
          bearingDeg: 0,
          fovDeg: 10,
          rangeM: 5,
          source: "test",
        },
      ]);
      domeId = (await db.execute<{ id: number }>(sql`SELECT id FROM cameras WHERE external_id = 'T-DOME'`)).rows[0]!.id;
    });
    c = await startConsole(kind, {}, { database });
    count = async (where) => (await c.data<Page>(`/api/cameras?${where}`, { as: "supervisor" })).total;
  }, 120_000);
  afterAll(async () => {
    await c?.stop();
    await c?.database.drop();
  });

  it("lists the registry filtered, with the camera's kecamatan and kota, never a stream address", async () => {
    const res = await c.api("/api/cameras?q=T-DOME", { as: "monitor" });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).not.toContain("never-shown");
    const { data } = JSON.parse(text) as { data: Page };
    expect(data.total).toBe(1);
    expect(data.cameras[0]).toMatchObject({
      name: "Kamera Uji Suropati",
      kecamatan: "Menteng",
      kota: "Kota Jakarta Pusat",
    });

    const all = await count("");
    const government = await count("ownerType=government");
    const page = await c.data<Page>("/api/cameras?ownerType=government&accessMode=live&jsc=yes", { as: "admin" });
    expect(page.cameras.every((x) => x.ownerType === "government" && x.accessMode === "live" && x.jscIntegrated)).toBe(
      true,
    );
    expect(government).toBeLessThan(all);
    const real = await count("generated=no");
    const generated = await count("generated=yes");
    expect(real + generated).toBe(all);
    expect(await count("capability=ptz&generated=yes")).toBeGreaterThan(0);

    for (const [as, status] of [
      ["operator", 403],
      ["dispatcher", 403],
      ["polsek", 403],
    ] as const)
      expect((await c.api("/api/cameras", { as })).status).toBe(status);
    for (const q of ["ownerType=alien", "page=0", "kota=x", "color=red"])
      expect((await c.api(`/api/cameras?${q}`, { as: "admin" })).status, q).toBeGreaterThanOrEqual(400);
  });

  it("counts per kota as the city reports, and each provider against the target an admin sets", async () => {
    type Counts = {
      byKota: { code: string | null; registered: number; live: number }[];
      providers: { provider: string; target: number | null; installed: number }[];
    };
    const before = await c.data<Counts>("/api/cameras/registry-counts", { as: "monitor" });
    expect(before.byKota.reduce((s, k) => s + k.registered, 0)).toBe(await count(""));
    // The generated registry lies in the five kota of the mainland.
    expect(before.byKota.filter((k) => k.code).length).toBeGreaterThanOrEqual(5);
    const forbidden = await c.api("/api/cameras/provider-targets", {
      as: "monitor",
      method: "POST",
      json: { provider: "PT Uji Kamera", target: 4 },
    });
    expect(forbidden.status).toBe(403);
    await c.data("/api/cameras/provider-targets", {
      as: "admin",
      method: "POST",
      json: { provider: "PT Uji Kamera", target: 4 },
    });
    const after = await c.data<Counts>("/api/cameras/registry-counts", { as: "supervisor" });
    expect(after.providers.find((p) => p.provider === "PT Uji Kamera")).toMatchObject({ target: 4, installed: 1 });
  });

  it("turns a camera's view as an event, and counts the coverage again", async () => {
    const areas = () => c.data<{ areas: AreaCoverage[] }>("/api/coverage/areas", { as: "dispatcher" });
    const menteng = async () => {
      const { areas: list } = await areas();
      return list.find((a) => a.level === "kecamatan" && a.name === "Menteng");
    };
    // The grid is counted at the console's start, in the background.
    await expect.poll(menteng, { timeout: 30_000, interval: 500 }).toBeDefined();
    const before = (await menteng())!;
    expect(before.covered).toBeLessThanOrEqual(before.cells);

    expect(
      (
        await c.api(`/api/cameras/${domeId}/view`, {
          as: "dispatcher",
          method: "POST",
          json: { bearingDeg: 1, fovDeg: 90, rangeM: 50 },
        })
      ).status,
    ).toBe(403);
    for (const json of [
      { bearingDeg: 10, fovDeg: 0, rangeM: 50 },
      { bearingDeg: 10, fovDeg: 90 },
      { bearingDeg: 400, fovDeg: 90, rangeM: 5 },
    ])
      expect((await c.api(`/api/cameras/${domeId}/view`, { as: "admin", method: "POST", json })).status).toBe(422);
    expect(
      (
        await c.api("/api/cameras/999999999/view", {
          as: "admin",
          method: "POST",
          json: { bearingDeg: 1, fovDeg: 90, rangeM: 5 },
        })
      ).status,
    ).toBe(404);

    const turned = await c.data<RegistryCamera>(`/api/cameras/${domeId}/view`, {
      as: "monitor",
      method: "POST",
      json: { bearingDeg: 45, fovDeg: 360, rangeM: 300 },
    });
    expect(turned).toMatchObject({ bearingDeg: null, fovDeg: 360, rangeM: 300 });
    const events: LoggedEvent[] = [];
    for (let more = true; more;) {
      const page = await c.data<{ events: LoggedEvent[]; more: boolean }>(
        `/api/events?after=${events.at(-1)?.seq ?? 0}`,
        { as: "supervisor" },
      );
      events.push(...page.events);
      more = page.more;
    }
    expect(events.find((e) => e.type === "camera.view_changed")?.payload).toEqual({
      camera: { id: domeId, name: "Kamera Uji Suropati" },
      bearingDeg: null,
      fovDeg: 360,
      rangeM: 300,
    });
    // A 300 m dome covers several cells more than a 5 m camera did.
    await expect
      .poll(async () => (await menteng())!.covered, { timeout: 30_000, interval: 500 })
      .toBeGreaterThan(before.covered + 2);
    const cells = await c.data<{ features: { properties: { seen: number } }[] }>("/api/coverage/cells", {
      as: "monitor",
    });
    expect(cells.features.length).toBeGreaterThan(1_000);
    expect(cells.features.some((f) => f.properties.seen === 1)).toBe(true);
  });

  it("takes an admin's CSV, reporting each rejected row with its line, as the import command does", async () => {
    const csv = [
      "external_id,name,lat,lon,owner_type,access_mode,provider",
      "UPL-1,Kamera Unggah Satu,-6.2088,106.8456,company,on_request,PT Unggah",
      "UPL-2,Kamera Unggah Dua,-6.2100,106.8460,residential,on_request,PT Unggah",
      "UPL-3,Kamera Salah,-96.2,106.8,alien,on_request,PT Unggah",
    ].join("\n");
    const post = (as: string, type = "text/csv") =>
      c.api("/api/cameras/import?name=unggah.csv", {
        as,
        method: "POST",
        headers: { "content-type": type },
        body: csv,
      });
    expect((await post("monitor")).status).toBe(403);
    expect((await post("admin", "application/json")).status).toBe(415);
    const res = await post("admin");
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as {
      data: { imported: number; rejected: number; reasons: { where: string; reason: string }[]; summary: string[] };
    };
    expect(data).toMatchObject({ imported: 2, rejected: 1 });
    expect(data.reasons[0]!.where).toBe("line 4");
    expect(data.summary[0]).toContain("imported 2 cameras, rejected 1");
    const found = await c.data<Page>("/api/cameras?q=UPL-1", { as: "admin" });
    expect(found.cameras[0]).toMatchObject({
      name: "Kamera Unggah Satu",
      kota: "Kota Jakarta Selatan",
      source: "upload:unggah.csv",
    });
  });
});
