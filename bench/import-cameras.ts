import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { sql } from "drizzle-orm";

import { openDatabase } from "@/db/client";
import type { CameraRow } from "@/db/queries/upsert-cameras";
import { generateCameras } from "@/lib/cameras/generate-cameras";
import { KECAMATAN } from "@/lib/geo/jakarta-reference";
import { dropPostgresDatabase, recreatePostgresDatabase } from "@/lib/testing/test-databases";

import { reportFigure } from "./support/figures";

// npx tsx bench/import-cameras.ts [rows]
// Times `npm run import -- cameras` (the real command, as its own process) on a 100,000-row
// CSV, on a fresh embedded database and, with TEST_DATABASE_URL set, on a fresh PostgreSQL one.
// The clock covers the whole command: start-up, opening the database, reading, writing.

if (process.argv[2] === "--prepare") {
  // In its own process: the console's modules read DATA_DIR and DATABASE_URL once, at start.
  const { openConsoleDatabase, quietLog } = await import("@/lib/server/open-console-database");
  await (await openConsoleDatabase(quietLog)).close();
  process.exit(0);
}

const ROWS = Number(process.argv[2] ?? 100_000);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "siaga-bench-import-"));
const csvFile = path.join(work, "cameras.csv");

const columns = [
  "external_id",
  "name",
  "lat",
  "lon",
  "address",
  "owner_type",
  "owner_name",
  "owner_contact",
  "provider",
  "access_mode",
  "jsc_integrated",
  "police_connected",
  "ring_one",
  "ptz",
  "night_vision",
  "face_detection",
  "plate_reading",
  "bearing_deg",
  "fov_deg",
  "range_m",
  "stream_url",
  "health",
  "installation",
  "retention_days",
] as const;
const cell = (v: unknown) => {
  const s = v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const valueOf = (c: CameraRow, column: (typeof columns)[number]) => {
  if (column === "external_id") return c.externalId.replace(/^GEN-/, "CCTV-JKT-");
  if (column === "name") return c.name.replace(/^CCTV /, "");
  if (column === "owner_name") return c.ownerName?.replace(" (generated)", "") ?? "";
  if (column === "owner_contact")
    return c.accessMode === "on_request" ? `08${String(c.lat).replace(/\D/g, "").slice(-10)}` : "";
  if (column === "address")
    return `Jl. ${c.name.split(" ").slice(2, 4).join(" ")} No. ${Math.round(Math.abs(c.lon * 1000) % 200) + 1}`;
  const key = column.replace(/_(\w)/g, (_, ch: string) => ch.toUpperCase()) as keyof CameraRow;
  return c[key];
};

function writeCsv() {
  const out = fs.openSync(csvFile, "w");
  fs.writeSync(out, `${columns.join(",")}\n`);
  const rows = generateCameras(KECAMATAN, ROWS, 2024);
  for (let i = 0; i < rows.length; i += 5_000) {
    fs.writeSync(
      out,
      rows
        .slice(i, i + 5_000)
        .map((c) => columns.map((col) => cell(valueOf(c, col))).join(","))
        .join("\n") + "\n",
    );
  }
  fs.closeSync(out);
}

function run(args: string[], env: Record<string, string>) {
  return spawnSync("npx", ["tsx", ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

async function bench(label: string, env: { DATA_DIR: string; DATABASE_URL?: string }) {
  // A fresh database, migrated and seeded with the built-in Jakarta but no generated cameras.
  execFileSync("npx", ["tsx", "bench/import-cameras.ts", "--prepare"], {
    env: { ...process.env, ...env, SEED_CAMERAS: "0", LOG_LEVEL: "silent" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const started = performance.now();
  const result = run(["lib/import/cli.ts", "cameras", csvFile], env);
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`the import failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  const [row] = (await database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM cameras`)).rows;
  await database.close();
  if (row?.n !== ROWS) throw new Error(`expected ${ROWS} cameras after the import, found ${row?.n}`);
  reportFigure({
    name: `import of ${ROWS.toLocaleString("en-US")} cameras, ${label}`,
    value: seconds,
    unit: "s",
    ...(label === "pglite" ? { target: 60 } : {}),
    detail: `the whole command, start to exit; ${result.stdout.trim().split("\n").pop()}`,
  });
}

try {
  writeCsv();
  console.log(
    `${path.basename(csvFile)}: ${ROWS.toLocaleString("en-US")} rows, ${(fs.statSync(csvFile).size / 1e6).toFixed(1)} MB`,
  );
  await bench("pglite", { DATA_DIR: path.join(work, "pglite") });
  if (process.env.TEST_DATABASE_URL) {
    const name = `siaga_bench_import_${process.pid}`;
    const url = await recreatePostgresDatabase(name);
    try {
      await bench("postgres", { DATA_DIR: path.join(work, "pg"), DATABASE_URL: url });
    } finally {
      await dropPostgresDatabase(name);
    }
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
