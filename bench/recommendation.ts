import os from "node:os";

import { KECAMATAN } from "@/lib/geo/jakarta-reference";

import { apiClient } from "./support/api-client";
import { benchDatabases, startBenchConsole } from "./support/bench-console";
import { format, reportFigure } from "./support/figures";
import { spreadOf } from "./support/percentile";

// GET /api/incidents/{id}/recommendation over HTTP, one request at a time, for incidents spread
// over mainland Jakarta: the staffed polsek as ranked when the incident was made (the nearest by
// travel estimate, the jurisdiction's own), as the dispatcher's screen asks for it.
const INCIDENTS = 50;
// The figure is the console's steady state: in its first seconds after a start (the new
// incidents still being ranked, V8 still compiling the path) the p99 is about twice as high.
const WARM_UP = 2_000;
const TIMED = 2_000;
const TARGET_P99_MS = 5;
const MAINLAND = KECAMATAN.filter((k) => k.kotaCode !== "3101");

for (const kind of benchDatabases()) {
  console.log(
    `recommendation on ${kind} (load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")})`,
  );
  const c = await startBenchConsole(kind);
  const api = apiClient(c.url, c.token);
  try {
    const ids: number[] = [];
    for (let i = 0; i < INCIDENTS; i++) {
      const k = MAINLAND[i % MAINLAND.length]!;
      const body = { type: "kriminalitas", priority: "P2", lat: k.lat, lon: k.lon };
      ids.push((await api.data<{ id: number }>("/api/incidents", body)).id);
    }
    const ask = (i: number) => api.data(`/api/incidents/${ids[i % ids.length]}/recommendation`);
    for (let i = 0; i < WARM_UP; i++) await ask(i);
    const samples: number[] = [];
    for (let i = 0; i < TIMED; i++) {
      const began = performance.now();
      await ask(i);
      samples.push(performance.now() - began);
    }
    const s = spreadOf(samples);
    reportFigure({
      name: `GET /api/incidents/{id}/recommendation over HTTP, ${kind}, p99`,
      value: s.p99,
      unit: "ms",
      target: TARGET_P99_MS,
      detail: `median ${format(s.median)}, p95 ${format(s.p95)}, max ${format(s.max)} ms over ${samples.length} requests`,
    });
  } finally {
    api.close();
    await c.stop();
  }
}
