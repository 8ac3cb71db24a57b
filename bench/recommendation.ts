import http from "node:http";
import os from "node:os";

import { KECAMATAN } from "@/lib/geo/jakarta-reference";

import { benchDatabases, startBenchConsole } from "./support/bench-console";
import { format, reportFigure } from "./support/figures";
import { spreadOf } from "./support/percentile";

// GET /api/incidents/{id}/recommendation over HTTP, one request at a time, for incidents spread
// over mainland Jakarta: the KNN of the nearest polsek, the jurisdiction's own, and the
// straight-line travel estimate, as the dispatcher's screen asks for it.
const INCIDENTS = 50;
const WARM_UP = 200;
const TIMED = 2_000;
const TARGET_P99_MS = 5;
const MAINLAND = KECAMATAN.filter((k) => k.kotaCode !== "3101");

// node:http with a keep-alive agent: fetch (undici) would charge its own cost to the console.
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
function request(url: URL, token: string, body?: unknown): Promise<{ status: number; text: string }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: payload ? "POST" : "GET",
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

for (const kind of benchDatabases()) {
  console.log(
    `recommendation on ${kind} (load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")})`,
  );
  const c = await startBenchConsole(kind);
  try {
    const ids: number[] = [];
    for (let i = 0; i < INCIDENTS; i++) {
      const k = MAINLAND[i % MAINLAND.length]!;
      const res = await request(new URL("/api/incidents", c.url), c.token, {
        type: "kriminalitas",
        priority: "P2",
        lat: k.lat,
        lon: k.lon,
      });
      if (res.status !== 201) throw new Error(`POST /api/incidents answered ${res.status}: ${res.text}`);
      ids.push((JSON.parse(res.text) as { data: { id: number } }).data.id);
    }
    const ask = async (i: number) => {
      const res = await request(new URL(`/api/incidents/${ids[i % ids.length]}/recommendation`, c.url), c.token);
      if (res.status !== 200) throw new Error(`recommendation answered ${res.status}: ${res.text}`);
    };
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
    await c.stop();
  }
}
