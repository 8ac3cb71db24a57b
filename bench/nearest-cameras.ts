import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { sql } from "drizzle-orm";

import { type Database, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { nearestCameras } from "@/db/queries/nearest-cameras";
import { upsertCameras } from "@/db/queries/upsert-cameras";
import { camerasNear } from "@/lib/cameras/cameras-near";
import { generateCameras } from "@/lib/cameras/generate-cameras";
import { KECAMATAN } from "@/lib/geo/jakarta-reference";
import { seededRandom } from "@/lib/random";
import { dropPostgresDatabase, recreatePostgresDatabase } from "@/lib/testing/test-databases";

import { format, reportFigure } from "./support/figures";
import { spreadOf } from "./support/percentile";

// The k nearest of 100,000 cameras by the GiST index, as the dispatcher's screen asks for them,
// on PGlite and (when TEST_DATABASE_URL names a server) on PostgreSQL.
const CAMERAS = 100_000;
const BATCH = 2_000;
const K = 10;
const RADIUS_M = 500;
const WARM_UP = 200;
const TIMED = 2_000;
const TARGET_P99_MS = { pglite: 10, postgres: 3 } as const;

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

// The same points for both databases, within Jakarta's built-up area; the warm-up has its own.
function places(count: number, seed: number): { lat: number; lon: number }[] {
  const rand = seededRandom(seed);
  return Array.from({ length: count }, () => ({ lat: -6.36 + rand() * 0.26, lon: 106.7 + rand() * 0.27 }));
}

async function timeCalls(call: (place: { lat: number; lon: number }) => Promise<unknown>): Promise<number[]> {
  for (const place of places(WARM_UP, 1)) await call(place);
  const samples: number[] = [];
  for (const place of places(TIMED, 2)) {
    const began = performance.now();
    await call(place);
    samples.push(performance.now() - began);
  }
  return samples;
}

async function measure(open: () => Promise<Database>): Promise<void> {
  let step = performance.now();
  const database = await open();
  try {
    console.log(`  ${database.kind}: database created in ${seconds(step)}`);
    step = performance.now();
    await migrateDatabase(database);
    console.log(`  ${database.kind}: PostGIS and migrations in ${seconds(step)}`);
    await measureQueries(database);
  } finally {
    await database.close();
  }
}

async function measureQueries(database: Database): Promise<void> {
  const { db, kind } = database;
  const step = performance.now();
  const cameras = generateCameras(KECAMATAN, CAMERAS);
  await db.transaction(async (tx) => {
    for (let i = 0; i < cameras.length; i += BATCH) await upsertCameras(tx, cameras.slice(i, i + BATCH));
  });
  await db.execute(sql`ANALYZE cameras`);
  console.log(`  ${kind}: ${CAMERAS.toLocaleString("en")} cameras inserted and analysed in ${seconds(step)}`);

  const knn = await timeCalls((p) => nearestCameras(db, p.lat, p.lon, K));
  reportSpread(`${K} nearest of ${CAMERAS.toLocaleString("en")} cameras, ${kind}, p99`, knn, TARGET_P99_MS[kind]);
  // camerasNear itself (the API's and the dispatcher's query): KNN, then metres, view cones, order.
  const ranked = await timeCalls((p) => camerasNear(db, p, K, RADIUS_M));
  reportSpread(`camerasNear (${K} nearest, ranked within ${RADIUS_M} m), ${kind}, p99`, ranked);
}

function reportSpread(name: string, samples: number[], target?: number): void {
  const s = spreadOf(samples);
  const detail = `median ${format(s.median)}, p95 ${format(s.p95)}, max ${format(s.max)} ms over ${samples.length} calls`;
  reportFigure({ name, value: s.p99, unit: "ms", detail, ...(target === undefined ? {} : { target }) });
}

console.log(
  `nearest-cameras (load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")})`,
);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "siaga-bench-knn-"));
try {
  await measure(() => openDatabase({ dataDir }));
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}

if (process.env.TEST_DATABASE_URL) {
  const name = `bench_${process.pid}_${randomBytes(3).toString("hex")}`;
  try {
    await measure(async () =>
      openDatabase({ databaseUrl: await recreatePostgresDatabase(name), dataDir, poolSize: 2 }),
    );
  } finally {
    await dropPostgresDatabase(name);
  }
} else {
  console.log("  postgres: skipped (set TEST_DATABASE_URL=postgres://… to measure it too)");
}
