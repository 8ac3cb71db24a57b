import http from "node:http";
import os from "node:os";

import { io, type Socket } from "socket.io-client";

import { KECAMATAN } from "@/lib/geo/jakarta-reference";
import { incidentTypes, priorities } from "@/lib/incidents/vocabulary";
import type { ServerToClientEvents } from "@/lib/realtime/events";

import { type BenchDatabase, benchDatabases, startBenchConsole } from "./support/bench-console";
import { reportFigure } from "./support/figures";
import { percentile } from "./support/percentile";

// POST /api/incidents at a steady rate for a minute (an open loop: requests leave on schedule
// whether or not earlier ones have answered), each with its place resolved and its event
// broadcast. Then every 201 is counted against the rows stored and the events received.
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const WARMUP_SECONDS = 10;
const RATE: Record<BenchDatabase, number> = { postgres: 200, pglite: 50 };
const MAINLAND = KECAMATAN.filter((k) => k.kotaCode !== "3101");

const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]!;
function body() {
  const k = pick(MAINLAND);
  return {
    type: pick(incidentTypes),
    priority: pick(priorities),
    lat: k.lat + (Math.random() - 0.5) * 0.004,
    lon: k.lon + (Math.random() - 0.5) * 0.004,
    description: "bench",
  };
}

for (const kind of benchDatabases()) {
  const rate = RATE[kind];
  console.log(
    `create-incidents on ${kind}: ${rate}/s for ${SECONDS} s (load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")})`,
  );
  const c = await startBenchConsole(kind);
  const listener: Socket<ServerToClientEvents> = io(c.url, {
    auth: { token: c.token },
    transports: ["websocket"],
    forceNew: true,
  });
  // node:http with a keep-alive agent: fetch (undici) costs the shared cores several times
  // more per request, and that cost would be charged to the console under test.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  try {
    await new Promise<void>((r) => listener.once("connect", () => r()));
    let events = 0;
    listener.on("event:logged", (e) => {
      if (e.type === "incident.created") events++;
    });
    const target = new URL("/api/incidents", c.url);
    const post = () =>
      new Promise<{ status: number; ms: number }>((resolve, reject) => {
        const began = performance.now();
        const payload = JSON.stringify(body());
        const req = http.request(
          target,
          {
            method: "POST",
            agent,
            headers: {
              authorization: `Bearer ${c.token}`,
              "content-type": "application/json",
              "content-length": Buffer.byteLength(payload),
            },
          },
          (res) => {
            res.resume();
            res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - began }));
          },
        );
        req.on("error", reject);
        req.end(payload);
      });
    // Warm up at the same rate (JIT, first compiles, the pool's connections), then measure.
    const openLoop = async (seconds: number) => {
      const sent: Promise<{ status: number; ms: number }>[] = [];
      const start = performance.now();
      for (let i = 0; i < rate * seconds; i++) {
        const wait = start + (i * 1000) / rate - performance.now();
        if (wait > 1) await new Promise((r) => setTimeout(r, wait));
        sent.push(post());
      }
      return { done: await Promise.all(sent), elapsed: (performance.now() - start) / 1000 };
    };
    const warmup = await openLoop(WARMUP_SECONDS);
    await new Promise((r) => setTimeout(r, 500));
    const warm = events;
    const total = rate * SECONDS;
    const { done, elapsed } = await openLoop(SECONDS);
    await new Promise((r) => setTimeout(r, 1000));

    const created = done.filter((d) => d.status === 201).length;
    const health = ((await (await fetch(`${c.url}/api/health`)).json()) as { data: { counts: { incidents: number } } })
      .data;
    const stored = health.counts.incidents - warmup.done.filter((d) => d.status === 201).length;
    const heard = events - warm;
    if (created !== total || stored !== created || heard !== created) {
      throw new Error(
        `${total} sent, ${created} answered 201, ${stored} stored, ${heard} events heard: they must all agree.`,
      );
    }
    const ms = done.map((d) => d.ms);
    // Served per second over the sending window, when the last answers came within a second
    // of the last request; a console that fell further behind is charged the whole time.
    const served = created / (elapsed <= SECONDS + 1 ? SECONDS : elapsed);
    reportFigure({
      name: `POST /api/incidents sustained ${SECONDS} s, ${kind}, rate`,
      value: served,
      unit: "/s",
      target: rate,
      atLeast: true,
      detail: `${created} created in ${elapsed.toFixed(1)} s, every 201 stored and broadcast`,
    });
    reportFigure({
      name: `POST /api/incidents at ${rate}/s, ${kind}, p99`,
      value: percentile(ms, 99),
      unit: "ms",
      target: 50,
      detail: `median ${percentile(ms, 50).toFixed(1)}, max ${Math.max(...ms).toFixed(1)} ms`,
    });
  } finally {
    agent.destroy();
    listener.close();
    await c.stop();
  }
}
