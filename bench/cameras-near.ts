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
// (target 10 ms; its folder is the console's alone, so no bare query beside it).
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
  try {
    const overHttp = (p: { lat: number; lon: number }) =>
      api.data(`/api/cameras/near?lat=${p.lat}&lon=${p.lon}&k=${K}`);
    const knn = (p: { lat: number; lon: number }) => nearestCameras(bare!.db, p.lat, p.lon, K);
    for (const p of places(WARM_UP, 1)) {
      await overHttp(p);
      if (bare) await knn(p);
    }
    const http: number[] = [];
    const query: number[] = [];
    for (const p of places(TIMED, 2)) {
      let began = performance.now();
      await overHttp(p);
      http.push(performance.now() - began);
      if (!bare) continue;
      began = performance.now();
      await knn(p);
      query.push(performance.now() - began);
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
    }
  } finally {
    api.close();
    await bare?.close();
    await c.stop();
  }
}
