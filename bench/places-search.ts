import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { seededRandom } from "@/lib/random";

import { apiClient } from "./support/api-client";
import { benchDatabases, startBenchConsole } from "./support/bench-console";
import { format, reportFigure } from "./support/figures";
import { percentile } from "./support/percentile";

// GET /api/places/search over HTTP as the place field asks while a call-taker types: every
// prefix of a landmark's or area's name from 3 letters on, a tenth with one letter swapped, a
// view point within Jakarta, one request at a time. On a new console's built-in gazetteer.
const WARM_UP = 200;
const TIMED = 2_000;
const TARGET_P99_MS = 20;

function typedQueries(count: number, seed: number): string[] {
  const rand = seededRandom(seed);
  const names = fs
    .readFileSync(path.join("lib", "seed", "data", "jakarta-landmarks.csv"), "utf8")
    .split("\n")
    .slice(1)
    .map((line) => line.split(",")[0]!.replace(/"/g, "").trim())
    .filter((n) => n.length >= 4);
  const out: string[] = [];
  while (out.length < count) {
    const name = names[Math.floor(rand() * names.length)]!;
    for (let n = 3; n <= name.length && out.length < count; n += 1 + Math.floor(rand() * 3)) {
      let typed = name.slice(0, n);
      if (rand() < 0.1 && n > 4) {
        const i = 1 + Math.floor(rand() * (n - 2));
        typed = typed.slice(0, i) + typed[i + 1]! + typed[i]! + typed.slice(i + 2);
      }
      out.push(typed);
    }
  }
  return out;
}

for (const kind of benchDatabases()) {
  console.log(
    `places-search on ${kind} (load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")})`,
  );
  const c = await startBenchConsole(kind);
  const api = apiClient(c.url, c.token);
  try {
    const rand = seededRandom(3);
    const ask = async (q: string) => {
      const lat = -6.36 + rand() * 0.26;
      const lon = 106.7 + rand() * 0.27;
      return (await api.data<unknown[]>(`/api/places/search?q=${encodeURIComponent(q)}&lat=${lat}&lon=${lon}`)).length;
    };
    for (const q of typedQueries(WARM_UP, 1)) await ask(q);
    const samples: number[] = [];
    let empty = 0;
    for (const q of typedQueries(TIMED, 2)) {
      const began = performance.now();
      if ((await ask(q)) === 0) empty++;
      samples.push(performance.now() - began);
    }
    reportFigure({
      name: `place search over HTTP, ${kind}, p99`,
      value: percentile(samples, 99),
      unit: "ms",
      target: TARGET_P99_MS,
      detail: `median ${format(percentile(samples, 50))} ms; ${TIMED} typed queries, ${empty} with no place`,
    });
  } finally {
    api.close();
    await c.stop();
  }
}
