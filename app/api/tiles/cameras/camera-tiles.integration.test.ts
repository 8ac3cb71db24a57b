import { VectorTile } from "@mapbox/vector-tile";
import { sql } from "drizzle-orm";
import { PbfReader } from "pbf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { rebuildCameraClusters } from "@/db/queries/camera-tiles";
import { type CameraRow, upsertCameras } from "@/db/queries/upsert-cameras";
import { roles } from "@/lib/auth/roles";
import { TILE_LAYERS } from "@/lib/cameras/encode-camera-tile";
import { COARSEST_CELL_LEVEL, EXTENT, FINEST_CELL_LEVEL, worldShare } from "@/lib/cameras/tile-grid";
import { prepareTestDatabase } from "@/lib/testing/open-test-database";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

// Three known cameras in Jakarta Bay, where the generated registry has none, and the clustered
// tiles over the whole city: what each role's map gets, read back with MapLibre's own decoder.
const BAY = { lat: -6.02, lon: 106.85 };
const known: CameraRow[] = [
  { externalId: "T-BAY-LIVE", accessMode: "live", streamUrl: "http://127.0.0.1:9/secret.m3u8", health: "online" },
  { externalId: "T-BAY-OFF", accessMode: "on_request", health: "offline", lon: BAY.lon + 0.001 },
  { externalId: "T-BAY-GONE", accessMode: "on_request", installation: "decommissioned", lon: BAY.lon + 0.002 },
].map((c) => ({ name: c.externalId, ownerType: "company", source: "test", ...BAY, ...c }) as CameraRow);

const tileOf = (z: number, lon: number, lat: number) => {
  const [x, y] = worldShare(lon, lat);
  return { z, x: Math.floor(x * 2 ** z), y: Math.floor(y * 2 ** z) };
};

describe.each(testDatabaseKinds())("camera tiles on %s", (kind) => {
  let c: RunningConsole;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    const database = await prepareTestDatabase(kind, async (db) => {
      await upsertCameras(db, known);
      await rebuildCameraClusters(db, FINEST_CELL_LEVEL, COARSEST_CELL_LEVEL);
      const { rows } = await db.execute<{ id: number; external_id: string }>(
        sql`SELECT id, external_id FROM cameras WHERE source = 'test'`,
      );
      for (const r of rows) ids[r.external_id] = r.id;
    });
    c = await startConsole(kind, {}, { database });
  }, 120_000);
  afterAll(async () => {
    await c?.stop();
    await c?.database.drop();
  });

  const tile = async (z: number, x: number, y: number, as = "dispatcher") => {
    const res = await c.api(`/api/tiles/cameras/${z}/${x}/${y}`, { as });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.mapbox-vector-tile");
    return new VectorTile(new PbfReader(new Uint8Array(await res.arrayBuffer())));
  };
  const features = (t: VectorTile, layer: string) =>
    Array.from({ length: t.layers[layer]?.length ?? 0 }, (_, i) => t.layers[layer]!.feature(i));

  it("gives every role the single cameras of a sparse tile: id and flags only, never an address", async () => {
    const { z, x, y } = tileOf(16, BAY.lon, BAY.lat);
    for (const role of roles) {
      const t = await tile(z, x, y, role);
      const cams = features(t, TILE_LAYERS.cameras).sort((a, b) => Number(a.id) - Number(b.id));
      expect(cams.map((f) => f.properties)).toEqual([
        { id: ids["T-BAY-LIVE"], live: true, offline: false },
        { id: ids["T-BAY-OFF"], live: false, offline: true },
      ]);
      for (const f of cams) {
        const p = f.loadGeometry()[0]![0]!;
        expect(p.x >= 0 && p.x <= EXTENT && p.y >= 0 && p.y <= EXTENT).toBe(true);
      }
    }
  });

  it("clusters a dense tile and counts every camera once", async () => {
    const summary = await c.data<{ count: number }>("/api/map/cameras", { as: "dispatcher" });
    // Every z9 tile around Jakarta; a cluster belongs to the tile whose extent holds it.
    const nw = tileOf(9, 106.4, -5.8);
    const se = tileOf(9, 107.2, -6.6);
    let counted = 0;
    let clusters = 0;
    for (let x = nw.x; x <= se.x; x++)
      for (let y = nw.y; y <= se.y; y++) {
        const t = await tile(9, x, y);
        const inside = (f: ReturnType<typeof features>[number]) => {
          const p = f.loadGeometry()[0]![0]!;
          return p.x >= 0 && p.y >= 0 && p.x < EXTENT && p.y < EXTENT;
        };
        // A tile at the city's edge with few cameras carries them singly.
        counted += features(t, TILE_LAYERS.cameras).filter(inside).length;
        for (const f of features(t, TILE_LAYERS.clusters).filter(inside)) {
          expect(Object.keys(f.properties).sort()).toEqual(["count", "live", "offline"]);
          counted += Number(f.properties.count);
          clusters++;
        }
      }
    expect(summary.count).toBeGreaterThan(2_000);
    expect(counted).toBe(summary.count);
    expect(clusters).toBeGreaterThan(10);
  });

  it("refuses no sign-in (401) and what is not a tile (404), as the API's JSON errors", async () => {
    expect((await c.api("/api/tiles/cameras/10/816/529")).status).toBe(401);
    for (const path of ["17/0/0", "3/8/0", "a/b/c", "10/816/-1"]) {
      const res = await c.api(`/api/tiles/cameras/${path}`, { as: "dispatcher" });
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
  });
});
