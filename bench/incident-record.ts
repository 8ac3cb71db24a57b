import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { sql } from "drizzle-orm";

import { type Database, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { gatherIncidentRecord } from "@/db/queries/incident-record";
import { readAtSeq } from "@/db/queries/read-at-seq";
import { buildEido } from "@/lib/eido/build-eido";
import { generateHistory } from "@/lib/history/generate-history";
import { shapeIncidentRecord } from "@/lib/incidents/incident-record";
import { RECORD_CAMERA_RADIUS_M } from "@/lib/incidents/record-access";
import { seedJakarta } from "@/lib/seed/seed-jakarta";
import { dropPostgresDatabase, recreatePostgresDatabase } from "@/lib/testing/test-databases";

import { format, reportFigure } from "./support/figures";
import { spreadOf } from "./support/percentile";

// One incident's record (the gathering query in one snapshot, shaped, and as an EIDO) among a
// year of generated history with its events on PostgreSQL, and three months on PGlite: the
// calls' and cameras' events are found through their partial indexes, whatever the log's size.
const MONTHS = { pglite: Number(process.env.BENCH_PGLITE_MONTHS ?? 3), postgres: 12 };
const TIMED = 40;
const END = new Date("2025-01-01T00:00:00+07:00");

async function measure(database: Database): Promise<void> {
  const { db, kind } = database;
  await migrateDatabase(database);
  await db.transaction((tx) => seedJakarta(tx, 100));
  const history = await generateHistory(db, { months: MONTHS[kind], end: END, seed: 3 });
  await db.execute(sql`ANALYZE`);
  const { rows } = await db.execute<{ id: number }>(
    sql`SELECT id FROM incidents WHERE id IN (SELECT incident_id FROM assignments) ORDER BY md5(id::text) LIMIT ${TIMED}`,
  );
  const read = async (id: number) => {
    const { data } = await readAtSeq(db, (tx) => gatherIncidentRecord(tx, id, RECORD_CAMERA_RADIUS_M));
    const record = shapeIncidentRecord(data!, "supervisor");
    const eido = buildEido(data!, { role: "supervisor", issuedAt: new Date().toISOString() });
    return record.timeline.length + (eido.emergencyResourceComponent?.length ?? 0);
  };
  await read(rows[0]!.id);
  const samples: number[] = [];
  let events = 0;
  for (const { id } of rows) {
    const began = performance.now();
    events += await read(id);
    samples.push(performance.now() - began);
  }
  const s = spreadOf(samples);
  reportFigure({
    name: `incident record and EIDO, ${history.events.toLocaleString("en")} events of history, ${kind}, median`,
    value: s.median,
    unit: "ms",
    detail: `p95 ${format(s.p95)}, max ${format(s.max)} ms over ${rows.length} incidents (${(events / rows.length).toFixed(1)} lines each)`,
  });
}

console.log(
  `incident-record (load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")})`,
);
if (!process.env.BENCH_DATABASES || process.env.BENCH_DATABASES.includes("pglite")) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "siaga-bench-record-"));
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
      poolSize: 2,
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
