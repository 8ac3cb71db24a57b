import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";

import type { CameraRow } from "@/db/queries/upsert-cameras";
import { freePort } from "@/lib/testing/free-port";

export type BenchDatabase = "pglite" | "postgres";

export interface BenchConsole {
  url: string;
  token: string;
  /** The console's PostgreSQL database, for a benchmark's own queries beside it; none on PGlite (its folder is locked). */
  databaseUrl?: string;
  /** The API tokens of the extra accounts asked for, in their order. */
  tokens: string[];
  /** How long the generated registry took to insert and to count into the map's clusters. */
  registryTimes: { insertedMs: number; clusteredMs: number; coverageMs: number } | null;
  /** What `npm run history` printed last, when history was asked for. */
  historySummary: string | null;
  stop: () => Promise<void>;
}

/** PGlite, and PostgreSQL when TEST_DATABASE_URL is set; BENCH_DATABASES=postgres (or pglite) runs one. */
export const benchDatabases = (): BenchDatabase[] =>
  (process.env.TEST_DATABASE_URL ? (["pglite", "postgres"] as const) : (["pglite"] as const)).filter(
    (k) => !process.env.BENCH_DATABASES || process.env.BENCH_DATABASES.split(",").includes(k),
  );

// A console as `npm start` runs it (production build), on a new embedded data folder or a new
// PostgreSQL database, with one operator account whose API token the benchmark uses.
export async function startBenchConsole(
  kind: BenchDatabase,
  env: Record<string, string> = {},
  users: { email: string; role: string; stationCode?: string }[] = [],
  cameras: CameraRow[] = [],
  /** Generated cameras added in SQL before the start (bench/support/generate-camera-registry.ts). */
  registry = 0,
  /** `npm run history` before the start, with these arguments (the months before now). */
  history: string[] = [],
): Promise<BenchConsole> {
  // NEXT_DIST_DIR, as next.config.js reads it: the console started below uses the same build.
  if (!fs.existsSync(path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID")))
    throw new Error("No production build: run `npm run build` first.");
  let registryTimes: BenchConsole["registryTimes"] = null;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "siaga-bench-"));
  const dbName = `siaga_bench_${process.pid}_${Date.now()}`;
  let databaseUrl: string | undefined;
  if (kind === "postgres") {
    databaseUrl = await adminQuery(`CREATE DATABASE ${dbName}`).then(() =>
      withDatabase(process.env.TEST_DATABASE_URL!, dbName),
    );
  }
  const base = {
    ...process.env,
    DATA_DIR: dataDir,
    SEED_CAMERAS: "2000",
    LOG_LEVEL: "silent",
    AUTH_SECRET: "bench-secret-0123456789abcdefghijklmnop",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...env,
  };
  const out = execFileSync(
    "npx",
    ["tsx", "lib/auth/user-cli.ts", "create", "--email", "bench@siaga112.id", "--role", "operator", "--token"],
    { env: base, encoding: "utf8" },
  );
  const token = out.trim().split("\n").pop()!;
  const tokens =
    users.length || cameras.length
      ? (JSON.parse(
          execFileSync(
            "npx",
            ["tsx", "bench/support/create-bench-users.ts", JSON.stringify(users), JSON.stringify(cameras)],
            {
              env: base,
              encoding: "utf8",
            },
          )
            .trim()
            .split("\n")
            .pop()!,
        ) as string[])
      : [];
  if (registry > 0) {
    const out = execFileSync("npx", ["tsx", "bench/support/generate-camera-registry.ts", String(registry)], {
      env: base,
      encoding: "utf8",
    });
    const times = JSON.parse(out.trim().split("\n").pop()!) as Record<string, number>;
    registryTimes = { insertedMs: times.insertedMs!, clusteredMs: times.clusteredMs!, coverageMs: times.coverageMs! };
  }
  let historySummary: string | null = null;
  if (history.length > 0) {
    const out = execFileSync("npx", ["tsx", "lib/history/cli.ts", ...history], { env: base, encoding: "utf8" });
    historySummary = out.trim().split("\n").pop()!;
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "lib/server/main.ts"], {
    env: { ...base, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", PUBLIC_BASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    if (child.exitCode !== null) throw new Error(`The console exited with code ${child.exitCode}.`);
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    ) {
      return {
        url,
        token,
        ...(databaseUrl ? { databaseUrl } : {}),
        tokens,
        registryTimes,
        historySummary,
        stop: async () => {
          await stopGroup(child);
          fs.rmSync(dataDir, { recursive: true, force: true });
          if (kind === "postgres") await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
        },
      };
    }
  }
  await stopGroup(child);
  throw new Error("The console was not healthy within 120 s.");
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid, "SIGTERM");
  await exited;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
