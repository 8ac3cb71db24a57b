import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { freePort } from "@/lib/testing/free-port";

import { format, reportFigure } from "./support/figures";
import { percentile } from "./support/percentile";

// Wall time from spawning the console, as `npm start` runs it after a build, to its first
// healthy answer: once on a new data folder (PostGIS, migrations, 20,000 cameras, demo
// accounts), then warm on the same folder.
const WARM_RUNS = 3;
const SEED_CAMERAS = 20_000;

// NEXT_DIST_DIR, as next.config.js reads it: the console started below uses the same build.
const buildId = path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
if (!fs.existsSync(buildId)) {
  console.error(
    `No production build (${buildId}): run \`npm run build\` first; this benchmark times the start, not the build.`,
  );
  process.exit(1);
}

interface Started {
  child: ChildProcess;
  seconds: number;
  cameras: number;
}

async function startConsole(dataDir: string): Promise<Started> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/api/health`;
  // A first start as a newcomer would see it: no database URL, no secret, no admin, default seed.
  const {
    DATABASE_URL: _url,
    AUTH_SECRET: _secret,
    ADMIN_EMAIL: _email,
    ADMIN_PASSWORD: _password,
    SEED_CAMERAS: _seed,
    ...inherited
  } = process.env;
  const began = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "lib/server/main.ts"], {
    env: {
      ...inherited,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "silent",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true, // its own process group, so that the stop below reaches every process it starts
  });
  const deadline = began + 180_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) {
      // Seen on a shared machine: another `next build` replaces .next under the running benchmark.
      const build = fs.existsSync(buildId) ? "" : ` (${buildId} is gone: was \`next build\` running meanwhile?)`;
      throw new Error(`The console exited with code ${child.exitCode} before it was healthy${build}.`);
    }
    const health = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      .then(
        (r) => (r.status === 200 ? r.json() : null),
        () => null,
      )
      .then((body: { data?: { ok: boolean; counts?: { cameras: number } } } | null) => body?.data);
    if (health?.ok === true)
      return { child, seconds: (performance.now() - began) / 1000, cameras: health.counts?.cameras ?? 0 };
    await new Promise((r) => setTimeout(r, 50));
  }
  await stopConsole(child);
  throw new Error("The console was not healthy within 180 s.");
}

// The stop counts as done only when the whole process group is gone (the console closes PGlite and drops its lock first).
async function stopConsole(child: ChildProcess): Promise<void> {
  if (!child.pid) return;
  const group = -child.pid;
  const alive = () => {
    try {
      process.kill(group, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (alive()) process.kill(group, "SIGTERM");
  const killAt = performance.now() + 15_000;
  while (alive()) {
    if (performance.now() > killAt) process.kill(group, "SIGKILL");
    await new Promise((r) => setTimeout(r, 50));
  }
}

const parent = fs.mkdtempSync(path.join(os.tmpdir(), "siaga-bench-start-"));
const dataDir = path.join(parent, "data"); // not there yet, as on a first `npm start`
try {
  console.log(
    `start-console (load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")})`,
  );
  const first = await startConsole(dataDir);
  await stopConsole(first.child);
  if (first.cameras !== SEED_CAMERAS)
    throw new Error(`The first start seeded ${first.cameras} cameras, not ${SEED_CAMERAS}.`);
  reportFigure({
    name: "first start, new data folder, seeded (20,000 cameras)",
    value: first.seconds,
    unit: "s",
    target: 40,
  });

  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const run = await startConsole(dataDir);
    await stopConsole(run.child);
    warm.push(run.seconds);
  }
  // Judged on the median: other work on a shared machine can slow any single start.
  reportFigure({
    name: `warm start, existing data folder (median of ${WARM_RUNS})`,
    value: percentile(warm, 50),
    unit: "s",
    target: 5,
    detail: `max ${format(Math.max(...warm))} s; runs ${warm.map(format).join(", ")} s`,
  });
} finally {
  fs.rmSync(parent, { recursive: true, force: true });
}
