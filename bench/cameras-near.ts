import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import os from "node:os";

import { openDatabase } from "@/db/client";
import { nearestCameras } from "@/db/queries/nearest-cameras";
import { seededRandom } from "@/lib/random";

import { apiClient } from "./support/api-client";
import { benchDatabases, startBenchConsole } from "./support/bench-console";
import { format, reportFigure } from "./support/figures";
import { spreadOf } from "./support/percentile";

// GET /api/cameras/near over HTTP, one request at a time, as the incident panel asks for the
// cameras of a place: 1,000,000 cameras on PostgreSQL (target p99 4 ms, and at most twice the
// bare KNN query's p99 measured in the same run, alternating with it), 100,000 on PGlite
// (target 10 ms; its folder is the console's alone, so no bare query beside it). On PostgreSQL
// a floor runs beside them too: the same query behind the thinnest node:http server
// (support/floor-server.ts), for what one HTTP hop costs on this machine whatever serves it.
const CAMERAS = {
  pglite: Number(process.env.BENCH_PGLITE_CAMERAS ?? 100_000),
  postgres: Number(process.env.BENCH_POSTGRES_CAMERAS ?? 1_000_000),
};
const TARGET_P99_MS = { pglite: 10, postgres: 4 } as const;
const TARGET_RATIO = 2;
const K = 10;
// A console runs all day: the figure is its steady state. At a million cameras the first 2,500
// or so requests run up to twice as slow while PostgreSQL's buffer cache takes in the index and
// the rows, and V8 compiles the hot path.
const WARM_UP = 3_000;
const TIMED = 2_000;

// Points within Jakarta's built-up area; the warm-up has its own.
function places(count: number, seed: number): { lat: number; lon: number }[] {
  const rand = seededRandom(seed);
  return Array.from({ length: count }, () => ({ lat: -6.36 + rand() * 0.26, lon: 106.7 + rand() * 0.27 }));
}

/** The floor server on the console's database, and its address once it listens. */
async function startFloor(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/support/floor-server.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [port] = (await once(child.stdout, "data")) as [Buffer];
  return { url: `http://127.0.0.1:${port.toString().trim()}`, child };
}

const spread = (samples: number[]) => {
  const s = spreadOf(samples);
  return { p99: s.p99, detail: `median ${format(s.median)}, p95 ${format(s.p95)}, max ${format(s.max)} ms` };
};

for (const kind of benchDatabases()) {
  const cameras = CAMERAS[kind];
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ");
  console.log(`cameras-near on ${kind}, ${cameras.toLocaleString("en")} cameras (load ${load()})`);
  const c = await startBenchConsole(kind, { SEED_CAMERAS: "0" }, [], [], cameras);
  const api = apiClient(c.url, c.token);
  const bare = c.databaseUrl ? await openDatabase({ databaseUrl: c.databaseUrl, dataDir: "", poolSize: 1 }) : null;
  const floor = c.databaseUrl ? await startFloor(c.databaseUrl) : null;
  const floorApi = floor ? apiClient(floor.url, "") : null;
  try {
    const search = (p: { lat: number; lon: number }) => `?lat=${p.lat}&lon=${p.lon}&k=${K}`;
    const overHttp = (p: { lat: number; lon: number }) => api.data(`/api/cameras/near${search(p)}`);
    const knn = (p: { lat: number; lon: number }) => nearestCameras(bare!.db, p.lat, p.lon, K);
    const overFloor = (p: { lat: number; lon: number }) => floorApi!.data(`/${search(p)}`);
    for (const p of places(WARM_UP, 1)) {
      await overHttp(p);
      if (bare) await Promise.all([knn(p), overFloor(p)]);
    }
    const timed = async (samples: number[], run: () => Promise<unknown>) => {
      const began = performance.now();
      await run();
      samples.push(performance.now() - began);
    };
    const http: number[] = [];
    const query: number[] = [];
    const floorHttp: number[] = [];
    for (const p of places(TIMED, 2)) {
      await timed(http, () => overHttp(p));
      if (!bare) continue;
      await timed(query, () => knn(p));
      await timed(floorHttp, () => overFloor(p));
    }
    const h = spread(http);
    reportFigure({
      name: `GET /api/cameras/near over HTTP at ${cameras.toLocaleString("en")} cameras, ${kind}, p99`,
      value: h.p99,
      unit: "ms",
      target: TARGET_P99_MS[kind],
      detail: `${h.detail} over ${TIMED} requests, load ${load()}`,
    });
    if (bare) {
      const q = spread(query);
      reportFigure({
        name: `the bare KNN query (${K} nearest) in the same run, ${kind}, p99`,
        value: q.p99,
        unit: "ms",
        detail: q.detail,
      });
      reportFigure({
        name: `GET /api/cameras/near over the bare query, p99 to p99, ${kind}`,
        value: h.p99 / q.p99,
        unit: "×",
        target: TARGET_RATIO,
      });
      const f = spread(floorHttp);
      reportFigure({
        name: `the same query behind a bare node:http server (the floor), ${kind}, p99`,
        value: f.p99,
        unit: "ms",
        detail: `${f.detail}; ${format(f.p99 / q.p99)} × the bare query, the console ${format(h.p99 / f.p99)} × the floor`,
      });
    }
  } finally {
    api.close();
    floorApi?.close();
    floor?.child.kill("SIGTERM");
    await bare?.close();
    await c.stop();
  }
}
