import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { sql } from "drizzle-orm";

import { type Database, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { responseTimes } from "@/db/queries/response-times";
import { env } from "@/lib/env";
import { generateHistory } from "@/lib/history/generate-history";
import { seedJakarta } from "@/lib/seed/seed-jakarta";
import { dropPostgresDatabase, recreatePostgresDatabase } from "@/lib/testing/test-databases";
import { defaultResponseTargets } from "@/lib/validations/response-targets";

import { format, reportFigure } from "./support/figures";
import { spreadOf } from "./support/percentile";

// The supervisor's figures for one month grouped by kecamatan, over a year of generated history:
// 100,000 incidents on PGlite (target 1 s), 1,000,000 on PostgreSQL (target 500 ms), each with
// its call and assignment and the year's 637,292 other calls. On PostgreSQL, first `npm run
// history -- --months 12` as the command runs it (target 60 s).
const INCIDENTS = {
  pglite: Number(process.env.BENCH_PGLITE_INCIDENTS ?? 100_000),
  postgres: Number(process.env.BENCH_POSTGRES_INCIDENTS ?? 1_000_000),
};
const TARGET_MS = { pglite: 1000, postgres: 500 } as const;
const TIMED = 10;
const END = new Date("2025-01-01T00:00:00+07:00");
const seconds = (since: number) => (performance.now() - since) / 1000;

async function measure(database: Database): Promise<void> {
  const { db, kind } = database;
  await migrateDatabase(database);
  await db.transaction((tx) => seedJakarta(tx, 100));
  if (kind === "postgres") {
    const s = await generateHistory(db, { months: 12, end: END, seed: 1 });
    reportFigure({
      name: "npm run history -- --months 12, postgres",
      value: s.seconds,
      unit: "s",
      target: 60,
      detail: `${s.calls.toLocaleString("en")} calls, ${s.incidents.toLocaleString("en")} incidents, ${s.events.toLocaleString("en")} events`,
    });
  }
  // The rest of the benchmark's incidents, without events or more calls: the figures read neither.
  const already = kind === "postgres" ? 6_628 : 0;
  let step = performance.now();
  const more = await generateHistory(db, {
    months: 12,
    end: END,
    seed: 2,
    incidentsPerYear: INCIDENTS[kind] - already,
    callsPerYear: kind === "postgres" ? 0 : undefined,
    events: false,
  });
  await db.execute(sql`ANALYZE`);
  const { rows } = await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM incidents`);
  const incidents = Number(rows[0]!.n);
  console.log(
    `  ${kind}: ${incidents.toLocaleString("en")} incidents of history in ${format(seconds(step))} s (${more.calls.toLocaleString("en")} calls)`,
  );

  const month = { from: new Date("2024-03-01T00:00:00+07:00"), to: new Date("2024-04-01T00:00:00+07:00") };
  const run = () => responseTimes(db, { ...month, groupBy: "kecamatan", targets: defaultResponseTargets });
  const warm = await run();
  const samples: number[] = [];
  for (let i = 0; i < TIMED; i++) {
    step = performance.now();
    await run();
    samples.push(performance.now() - step);
  }
  const s = spreadOf(samples);
  const counted = warm.overall.find((f) => f.measure === "total")?.count ?? 0;
  reportFigure({
    name: `response times, one month by kecamatan, ${incidents.toLocaleString("en")} incidents, ${kind}, median`,
    value: s.median,
    unit: "ms",
    target: TARGET_MS[kind],
    detail: `p95 ${format(s.p95)}, max ${format(s.max)} ms over ${TIMED} runs; ${counted.toLocaleString("en")} incidents in the month`,
  });
}

console.log(
  `response-times (load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")})`,
);
if (!process.env.BENCH_DATABASES || process.env.BENCH_DATABASES.includes("pglite")) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "siaga-bench-figures-"));
  try {
    const database = await openDatabase({ dataDir });
    try {
      await measure(database);
    } finally {
      await database.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
if (
  process.env.TEST_DATABASE_URL &&
  (!process.env.BENCH_DATABASES || process.env.BENCH_DATABASES.includes("postgres"))
) {
  const name = `bench_${process.pid}_${randomBytes(3).toString("hex")}`;
  try {
    const database = await openDatabase({
      databaseUrl: await recreatePostgresDatabase(name),
      dataDir: "",
      // The console's own pool: the figures' three passes run on three of its connections at once.
      poolSize: env.DATABASE_POOL_SIZE,
    });
    try {
      await measure(database);
    } finally {
      await database.close();
    }
  } finally {
    await dropPostgresDatabase(name);
  }
} else {
  console.log("  postgres: skipped (set TEST_DATABASE_URL=postgres://… to measure it too)");
}
