import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { setDatabase } from "@/db";
import { type Db, openDatabase } from "@/db/client";
import { locatePoint } from "@/db/queries/locate-point";
import { searchPlaces } from "@/lib/places/search-places";
import { lockDataDir } from "@/lib/server/data-dir-lock";
import { referenceData } from "@/lib/testing/reference-data";
import { copyTemplate, type TestDatabase, testDatabaseKinds } from "@/lib/testing/test-databases";

import { importFile } from "./import-file";

const geo = (name: string) => referenceData("geo", name);
const SLOW = 180_000;

// The real command, as `npm run import` runs it (tsx, without npm's own start), on the test's
// copy of the database.
function runImport(
  db: TestDatabase,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/import/cli.ts", ...args], {
      env: { ...process.env, DATABASE_URL: "", ...db.env, LOG_LEVEL: "silent" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

// In this process, between runs of the command: PGlite lets one process at a time in.
async function withDb<T>(db: TestDatabase, work: (d: Db) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: db.env.DATABASE_URL, dataDir: db.env.DATA_DIR });
  setDatabase(database);
  try {
    return await work(database.db);
  } finally {
    setDatabase(undefined);
    await database.close();
  }
}

const one = async <T>(d: Db, query: ReturnType<typeof sql>) =>
  (await d.execute<T & Record<string, unknown>>(query)).rows[0]!;
const cameraCount = (d: Db) => one<{ n: number }>(d, sql`SELECT count(*)::int AS n FROM cameras`).then((r) => r.n);

describe.each(testDatabaseKinds())("npm run import on %s", (kind) => {
  let db: TestDatabase;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "import-command-"));
  beforeAll(async () => {
    const fixture = inject("fixture");
    db = await copyTemplate(kind, { pglite: fixture.pgliteTemplate, postgres: fixture.postgresTemplate });
  });
  afterAll(async () => {
    await db?.drop();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it(
    "imports the kota, kecamatan and kelurahan boundaries, and places Monas by polygon",
    async () => {
      const run = await runImport(
        db,
        "areas",
        geo("jakarta_kota.geojson"),
        geo("jakarta_kecamatan.geojson"),
        geo("jakarta_kelurahan.geojson"),
      );
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("imported 6 kota, rejected 0");
      expect(run.stdout).toContain("imported 44 kecamatan, rejected 0");
      expect(run.stdout).toContain("imported 270 kelurahan, rejected 0");

      await withDb(db, async (d) => {
        const levels = (
          await d.execute<{ level: string; n: number; with_geom: number; water: number }>(sql`
        SELECT level, count(*)::int AS n, count(geom)::int AS with_geom, count(*) FILTER (WHERE is_water)::int AS water
        FROM areas GROUP BY level ORDER BY level`)
        ).rows;
        expect(levels).toEqual([
          { level: "kecamatan", n: 44, with_geom: 44, water: 0 },
          { level: "kelurahan", n: 270, with_geom: 270, water: 2 },
          { level: "kota", n: 6, with_geom: 6, water: 0 },
        ]);
        const monas = await locatePoint(d, -6.1754, 106.8272);
        expect(monas).toMatchObject({
          method: "polygon",
          insideJakarta: true,
          kelurahan: { name: "Gambir" },
          kecamatan: { code: "3173080", name: "Gambir" },
          kota: { code: "3173" },
        });
        expect(monas.kota?.name).toMatch(/Jakarta Pusat$/);
        expect(await locatePoint(d, -6.9, 107.6)).toMatchObject({
          method: "polygon",
          insideJakarta: false,
          kelurahan: null,
        });
        expect(await locatePoint(d, -6.0, 106.9)).toMatchObject({ insideJakarta: false });
      });
    },
    SLOW,
  );

  it(
    "keeps the good cameras of a CSV, reports the bad rows by line, and upserts on a second run",
    async () => {
      const file = path.join(work, "cameras.csv");
      fs.writeFileSync(
        file,
        [
          "external_id,name,lat,lon,owner_type,access_mode,address,ptz",
          "IT-001,Kamera Monas Barat,-6.1754,106.8262,government,live,Jl. Medan Merdeka Barat,yes",
          "IT-002,Gedung Sarinah,-6.1874,106.8233,company,on_request,Jl. M.H. Thamrin 11,",
          "IT-003,Rumah Menteng,-96.2,106.8300,private,,,",
          "IT-004,Perumahan Kemang,-6.2630,106.8132,residential,,,",
          "IT-005,Pos Tanah Abang,-6.1870,106.8120,alien,,,",
          "IT-006,,-6.2000,106.8400,private,,,",
          "IT-007,Rumah Cikini,-6.1896,106.8399,private,,,",
        ].join("\n"),
      );

      const first = await runImport(db, "cameras", file);
      expect(first.code).toBe(0);
      expect(first.stdout).toContain("imported 4 cameras, rejected 3");
      expect(first.stdout).toContain("  line 4: lat: must be a number from -90 to 90; got -96.2");
      expect(first.stdout).toContain(
        '  line 6: owner_type: must be one of government, company, residential, private; got "alien"',
      );
      expect(first.stdout).toContain("  line 7: name: required");
      // The import let go of the folder when it ended: this process can take it.
      if (kind === "pglite") lockDataDir(db.env.DATA_DIR)();

      const total = await withDb(db, async (d) => {
        expect(await one(d, sql`SELECT count(*)::int AS n FROM cameras WHERE external_id LIKE 'IT-%'`)).toEqual({
          n: 4,
        });
        expect(
          await one(
            d,
            sql`
        SELECT access_mode, ptz, fov_deg, owner_type, source, round(ST_Y(location)::numeric, 4)::float8 AS lat
        FROM cameras WHERE external_id = 'IT-001'`,
          ),
        ).toEqual({
          access_mode: "live",
          ptz: true,
          fov_deg: 360,
          owner_type: "government",
          source: "import:cameras.csv",
          lat: -6.1754,
        });
        return cameraCount(d);
      });

      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("Gedung Sarinah", "Gedung Sarinah Thamrin"));
      const second = await runImport(db, "cameras", file);
      expect(second.code).toBe(0);
      expect(second.stdout).toContain("imported 4 cameras, rejected 3");
      await withDb(db, async (d) => {
        expect(await cameraCount(d)).toBe(total);
        expect(await one(d, sql`SELECT name FROM cameras WHERE external_id = 'IT-002'`)).toEqual({
          name: "Gedung Sarinah Thamrin",
        });
      });
    },
    SLOW,
  );

  it(
    "imports gazetteer places from a CSV, in this process, and finds them by name",
    async () => {
      const file = path.join(work, "places.csv");
      fs.writeFileSync(
        file,
        [
          "name,kind,lat,lon",
          "Tugu Uji,landmark,-6.1754,106.8272",
          "Posko Banjir Uji,,-6.2001,106.8401",
          "Tanpa Titik,landmark,,",
          "Salah Jenis,rumah,-6.2,106.8",
        ].join("\n"),
      );
      await withDb(db, async (d) => {
        const result = await importFile(d, "places", file);
        expect(result).toMatchObject({ noun: "places", imported: 2, rejected: 2 });
        expect(result.reasons.map((r) => r.ref)).toEqual([{ line: 4 }, { line: 5 }]);
        const [tugu] = await searchPlaces(d, "tugu uji", null);
        expect(tugu).toMatchObject({ name: "Tugu Uji", kind: "landmark", kelurahan: { name: "Gambir" } });
        const [posko] = await searchPlaces(d, "posko banjir", null);
        expect(posko).toMatchObject({ name: "Posko Banjir Uji", kind: "landmark" });
      });
    },
    SLOW,
  );

  it(
    "imports stations with their parents and cameras from GeoJSON points, in this process",
    async () => {
      const stations = path.join(work, "stations.csv");
      fs.writeFileSync(
        stations,
        [
          "code;name;kind;lat;lon;parent_code;jurisdiction_codes;phone",
          "POLSEK-IT-1;Polsek Uji Gambir;polsek;-6,1701;106,8219;POLRES-IT;3173080;(021) 3841234",
          "POLRES-IT;Polres Uji;polres;-6.1800;106.8300;POLDA-MJ;3173080;3173070;(021) 5550112",
          "POLSEK-IT-2;Polsek Uji Kedua;polsub;-6.18;106.83;POLRES-IT;;",
        ].join("\n"),
      );
      const points = path.join(work, "cameras.geojson");
      fs.writeFileSync(
        points,
        JSON.stringify({
          type: "FeatureCollection",
          features: [
            {
              type: "Feature",
              properties: {
                external_id: "IT-GJ-1",
                name: "Halte Bundaran HI",
                owner_type: "government",
                access_mode: "live",
              },
              geometry: { type: "Point", coordinates: [106.8231, -6.195] },
            },
            {
              type: "Feature",
              properties: { external_id: "IT-GJ-2", name: "Tanpa titik", owner_type: "private" },
              geometry: {
                type: "LineString",
                coordinates: [
                  [106.8, -6.2],
                  [106.81, -6.21],
                ],
              },
            },
          ],
        }),
      );

      await withDb(db, async (d) => {
        const s = await importFile(d, "stations", stations);
        expect(s).toMatchObject({ imported: 1, rejected: 2 });
        expect(s.reasons.map((r) => r.ref)).toEqual([{ line: 3 }, { line: 4 }]);
        expect(s.reasons[0]!.reason).toBe("has 9 fields where the header has 8");
        const c = await importFile(d, "cameras", points);
        expect(c).toMatchObject({
          imported: 1,
          rejected: 1,
          reasons: [{ ref: { feature: 2 }, reason: "has a LineString geometry; a Point is needed" }],
        });
        expect(
          await one(
            d,
            sql`
        SELECT s.jurisdiction_codes, s.phone, p.code AS parent, ST_X(s.location) AS lon
        FROM stations s LEFT JOIN stations p ON p.id = s.parent_id WHERE s.code = 'POLSEK-IT-1'`,
          ),
        ).toEqual({ jurisdiction_codes: ["3173080"], phone: "(021) 3841234", parent: null, lon: 106.8219 });

        // Once the parent comes in, a second import of the child links it, whatever the order in the file.
        fs.writeFileSync(stations, fs.readFileSync(stations, "utf8").replace("3173080;3173070;", '"3173080;3173070";'));
        expect(await importFile(d, "stations", stations)).toMatchObject({ imported: 2, rejected: 1 });
        expect(
          await one(
            d,
            sql`SELECT p.code AS parent FROM stations s JOIN stations p ON p.id = s.parent_id WHERE s.code = 'POLSEK-IT-1'`,
          ),
        ).toEqual({ parent: "POLRES-IT" });
        expect(
          await one(
            d,
            sql`SELECT p.code AS parent FROM stations s JOIN stations p ON p.id = s.parent_id WHERE s.code = 'POLRES-IT'`,
          ),
        ).toEqual({ parent: "POLDA-MJ" });
      });
    },
    SLOW,
  );

  it(
    kind === "pglite" ? "refuses while another process holds the data folder" : "needs no lock with DATABASE_URL",
    async () => {
      // This test process takes the folder, as a running console would.
      const unlock = kind === "pglite" ? lockDataDir(db.env.DATA_DIR) : () => {};
      try {
        const run = await runImport(db, "areas", geo("jakarta_kota.geojson"));
        if (kind === "pglite") {
          expect(run.code).toBe(3);
          expect(run.stderr).toContain(`Process ${process.pid}`);
          expect(run.stderr).toContain("Stop it first");
          expect(run.stderr).toContain("DATABASE_URL");
          expect(run.stdout).toBe("");
        } else {
          expect(run.code).toBe(0);
          expect(run.stdout).toContain("imported 6 kota");
        }
      } finally {
        unlock();
      }
    },
    SLOW,
  );

  it(
    "says what is wrong with the command line or the file, before opening the database",
    async () => {
      const unknownKind = await runImport(db, "polsek", geo("jakarta_kota.geojson"));
      expect(unknownKind.code).toBe(2);
      expect(unknownKind.stderr).toContain('Unknown kind "polsek": say areas, stations, cameras or places.');
      const missing = await runImport(db, "cameras", path.join(work, "nope.csv"));
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain("Cannot import " + path.join(work, "nope.csv") + ": there is no such file.");
      const text = path.join(work, "cameras.txt");
      fs.writeFileSync(text, "external_id\n");
      expect((await runImport(db, "cameras", text)).stderr).toContain(
        "its name ends neither in .csv nor in .geojson or .json",
      );
      const noLevel = path.join(work, "areas.csv");
      fs.writeFileSync(noLevel, "code,name,lat,lon\n3173,Pusat,-6.18,106.83\n");
      const level = await runImport(db, "areas", noLevel);
      expect(level.code).toBe(1);
      expect(level.stderr).toContain("its columns do not say which areas it holds");
    },
    SLOW,
  );
});
