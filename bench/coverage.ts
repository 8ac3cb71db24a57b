import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { sql } from "drizzle-orm";

import { type Database, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { recomputeCoverage } from "@/lib/coverage/recompute-coverage";
import { seedJakarta } from "@/lib/seed/seed-jakarta";
import { dropPostgresDatabase, recreatePostgresDatabase } from "@/lib/testing/test-databases";

import { benchDatabases } from "./support/bench-console";
import { format, reportFigure } from "./support/figures";
import { insertGeneratedRegistry } from "./support/generated-registry";

// The blind-spot grid for 100,000 cameras over Jakarta: H3 resolution-9 cells over every land
// kelurahan, each camera's cone tested against the cells its range reaches, the grid written.
const CAMERAS = Number(process.env.BENCH_CAMERAS ?? 100_000);
const RUNS = 3;

async function measure(database: Database): Promise<void> {
  const { db, kind } = database;
  await migrateDatabase(database);
  await db.transaction((tx) => seedJakarta(tx, 0));
  await insertGeneratedRegistry(db, CAMERAS);
  await db.execute(sql`ANALYZE cameras`);
  const runs: number[] = [];
  let cells = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await recomputeCoverage(db);
    runs.push(r.ms / 1000);
    cells = r.cells;
  }
  const { rows } = await db.execute<{ covered: number }>(
    sql`SELECT count(*) FILTER (WHERE seen_share > 0)::int AS covered FROM coverage_cells`,
  );
  reportFigure({
    name: `coverage for ${CAMERAS.toLocaleString("en")} cameras over Jakarta, ${kind} (slowest of ${RUNS})`,
    value: Math.max(...runs),
    unit: "s",
    target: 30,
    detail: `runs ${runs.map((r) => format(r)).join(", ")} s; ${cells.toLocaleString("en")} cells, ${rows[0]!.covered.toLocaleString("en")} covered`,
  });
}

console.log(
  `coverage (load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")})`,
);
for (const kind of benchDatabases()) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "siaga-bench-coverage-"));
  const name = `bench_coverage_${process.pid}`;
  const database =
    kind === "pglite"
      ? await openDatabase({ dataDir })
      : await openDatabase({ databaseUrl: await recreatePostgresDatabase(name), dataDir, poolSize: 2 });
  try {
    await measure(database);
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (kind === "postgres") await dropPostgresDatabase(name);
  }
}
