import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";

import { VectorTile, type VectorTileFeature } from "@mapbox/vector-tile";
import { PbfReader } from "pbf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { roles } from "@/lib/auth/roles";
import { EXTENT, worldShare } from "@/lib/cameras/tile-grid";
import { CONSOLE_FONTS } from "@/lib/map/map-style";
import { PLACE_TILE_LAYER } from "@/lib/places/place-tiles";
import { referenceData } from "@/lib/testing/reference-data";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

type Ring = [number, number][];
type Geometry = { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };
interface Label {
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: { code: string; name: string; level: string; parent: string | null; kota: string | null };
}

// The expectation comes from the shared reference file, not from the console's own copy.
const kelurahan = new Map(
  (
    JSON.parse(fs.readFileSync(referenceData("geo", "jakarta_kelurahan.geojson"), "utf8")) as {
      features: { properties: { kode_bps: string; kecamatan: string; is_water: boolean }; geometry: Geometry }[];
    }
  ).features
    .filter((f) => !f.properties.is_water)
    .map((f) => [
      f.properties.kode_bps,
      {
        kecamatan: f.properties.kecamatan,
        polygons: f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates,
      },
    ]),
);

// Ray casting, even-odd over every ring: holes fall out by themselves.
function inside(polygons: Ring[][], [lon, lat]: [number, number]): boolean {
  let odd = false;
  for (const polygon of polygons)
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) odd = !odd;
      }
  return odd;
}

const tileOf = (z: number, lon: number, lat: number) => {
  const [x, y] = worldShare(lon, lat);
  return `${z}/${Math.floor(x * 2 ** z)}/${Math.floor(y * 2 ** z)}`;
};
// RSUPN Cipto Mangunkusumo, Salemba: a hospital of the built-in landmarks.
const RSCM = { lon: 106.847, lat: -6.1967 };

describe.each(testDatabaseKinds())("the map's names on %s", (kind) => {
  let c: RunningConsole;
  beforeAll(async () => {
    c = await startConsole(kind);
  });
  afterAll(async () => {
    await c?.stop();
  });

  it("gives every land kota, kecamatan and kelurahan a label point inside its own boundary", async () => {
    const began = performance.now();
    const labels = await c.data<{ features: Label[] }>("/api/map/labels", { as: "operator" });
    console.log(`[labels] ${labels.features.length} label points in ${(performance.now() - began).toFixed(0)} ms`);
    const of = (level: string) => labels.features.filter((f) => f.properties.level === level);
    expect(of("kota")).toHaveLength(6);
    expect(of("kecamatan")).toHaveLength(44);
    expect(of("kelurahan")).toHaveLength(kelurahan.size);
    for (const label of of("kelurahan")) {
      const reference = kelurahan.get(label.properties.code);
      expect(reference, label.properties.code).toBeDefined();
      expect(inside(reference!.polygons, label.geometry.coordinates), label.properties.name).toBe(true);
      expect(label.properties.parent?.toLowerCase()).toBe(reference!.kecamatan.toLowerCase());
      expect(label.properties.kota).toBeTruthy();
    }
    expect(of("kota").every((k) => k.properties.kota === null)).toBe(true);
  });

  it("serves the landmarks of a street's tile to every role: names, kinds, hospitals first", async () => {
    const path = `/api/tiles/places/${tileOf(15, RSCM.lon, RSCM.lat)}`;
    for (const role of roles) {
      const res = await c.api(path, { as: role });
      expect(res.status, role).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/vnd.mapbox-vector-tile");
      const layer = new VectorTile(new PbfReader(new Uint8Array(await res.arrayBuffer()))).layers[PLACE_TILE_LAYER]!;
      const features: VectorTileFeature[] = Array.from({ length: layer.length }, (_, i) => layer.feature(i));
      expect(features.length).toBeGreaterThan(3);
      expect(features.some((f) => f.properties.kind === "hospital" && /cipto/i.test(String(f.properties.name)))).toBe(
        true,
      );
      for (const f of features) {
        expect(Object.keys(f.properties).every((k) => ["id", "name", "kind", "detail", "rank"].includes(k))).toBe(true);
        const p = f.loadGeometry()[0]![0]!;
        expect(p.x > -EXTENT / 16 && p.x < EXTENT * 1.07 && p.y > -EXTENT / 16 && p.y < EXTENT * 1.07).toBe(true);
      }
      const ranks = features.map((f) => Number(f.properties.rank));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it("refuses a landmark tile without a session (401) and outside street zooms (404)", async () => {
    expect((await c.api(`/api/tiles/places/${tileOf(15, RSCM.lon, RSCM.lat)}`)).status).toBe(401);
    for (const path of [tileOf(12, RSCM.lon, RSCM.lat), tileOf(17, RSCM.lon, RSCM.lat), "15/a/b", "15/1/99999"]) {
      const res = await c.api(`/api/tiles/places/${path}`, { as: "dispatcher" });
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
  });

  it("serves the offline style with its fonts, and the font files themselves", async () => {
    const res = await c.api("/api/map/style", { as: "polsek" });
    expect(res.status).toBe(200);
    const style = (await res.json()) as { version: number; "font-faces": Record<string, { url: string }[]> };
    expect(style.version).toBe(8);
    const faces = style["font-faces"][CONSOLE_FONTS.regular]!;
    for (const face of [...faces, ...style["font-faces"][CONSOLE_FONTS.bold]!]) {
      const font = await c.api(face.url);
      expect(font.status, face.url).toBe(200);
      // A woff2 file, by its signature.
      expect(
        Buffer.from(await font.arrayBuffer())
          .subarray(0, 4)
          .toString("latin1"),
      ).toBe("wOF2");
    }
    expect((await c.api("/api/map/style")).status).toBe(401);
  });
});

describe("a centre's own style (MAP_STYLE_URL)", () => {
  let c: RunningConsole;
  let tileServer: http.Server;
  let origin: string;
  beforeAll(async () => {
    // A tile server's style, with the relative addresses such servers write.
    tileServer = http.createServer((req, res) => {
      if (req.url !== "/styles/streets/style.json") return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          version: 8,
          glyphs: "/fonts/{fontstack}/{range}.pbf",
          sources: { openmaptiles: { type: "vector", url: "/data/v3.json" } },
          layers: [{ id: "water", type: "fill", source: "openmaptiles", "source-layer": "water" }],
        }),
      );
    });
    await new Promise<void>((resolve) => tileServer.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(tileServer.address() as AddressInfo).port}`;
    c = await startConsole("pglite", { MAP_STYLE_URL: `${origin}/styles/streets/style.json` });
  });
  afterAll(async () => {
    await c?.stop();
    tileServer?.close();
  });

  it("is the maps' base, with its addresses made absolute and the console's fonts added", async () => {
    const style = (await (await c.api("/api/map/style", { as: "dispatcher" })).json()) as Record<string, unknown>;
    expect(style).toMatchObject({
      version: 8,
      glyphs: `${origin}/fonts/{fontstack}/{range}.pbf`,
      sources: { openmaptiles: { url: `${origin}/data/v3.json` } },
      layers: [{ id: "water" }],
    });
    expect(Object.keys((style as { "font-faces": object })["font-faces"])).toEqual([
      CONSOLE_FONTS.regular,
      CONSOLE_FONTS.bold,
    ]);
  });

  it("lets the pages reach that tile server, and only it", async () => {
    const csp = (await c.api("/sign-in")).headers.get("content-security-policy")!;
    expect(csp).toMatch(new RegExp(`connect-src [^;]*${origin.replaceAll(".", "\\.")}`));
  });
});
