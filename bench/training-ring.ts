import os from "node:os";

import { io, type Socket } from "socket.io-client";

import type { ServerToClientEvents } from "@/lib/realtime/events";
import type { TrainingSessionView } from "@/lib/training/session-view";
import { shippedScenarios } from "@/lib/training/shipped-scenarios";

import { benchDatabases, startBenchConsole } from "./support/bench-console";
import { reportFigure } from "./support/figures";
import { percentile } from "./support/percentile";

// From a training call's scheduled ring to its ring event on the trainee's socket: the sweep's
// wake-up, the signed post to the voice webhook, the call's transaction and the broadcast. Five
// trainees take the same paced session, so each scheduled moment rings five calls together.
const TRAINEES = 5;
const CALLS = Number(process.env.BENCH_TRAINING_CALLS ?? 12);
const PACE_S = 5;

for (const kind of benchDatabases()) {
  console.log(
    `training-ring on ${kind} (load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")})`,
  );
  const trainees = Array.from({ length: TRAINEES }, (_, i) => ({
    email: `trainee${i}@bench.siaga112.id`,
    role: "operator",
  }));
  const c = await startBenchConsole(kind, {}, [{ email: "sup@bench.siaga112.id", role: "supervisor" }, ...trainees]);
  const [supToken, ...traineeTokens] = c.tokens;
  const sockets: Socket<ServerToClientEvents>[] = [];
  try {
    const api = async <T>(path: string, init: RequestInit = {}) => {
      const res = await fetch(`${c.url}${path}`, {
        ...init,
        headers: {
          authorization: `Bearer ${supToken}`,
          ...(init.body ? { "content-type": "application/json" } : {}),
        },
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { data: T }).data;
    };
    const people = await api<{ id: string; email: string }[]>("/api/training/trainees");
    const ids = trainees.map((t) => people.find((p) => p.email === t.email)!.id);
    const arrivals: { number: string; at: number }[] = [];
    for (const token of traineeTokens) {
      const s: Socket<ServerToClientEvents> = io(c.url, { auth: { token }, transports: ["websocket"], forceNew: true });
      s.on("event:logged", (e) => {
        if (e.type === "call.rang") arrivals.push({ number: e.payload.call.callerNumber, at: Date.now() });
      });
      sockets.push(s);
    }
    await Promise.all(sockets.map((s) => new Promise<void>((r) => (s.connected ? r() : s.once("connect", () => r())))));

    const scenarios = shippedScenarios()
      .filter((s) => !s.duplicateOf)
      .slice(0, CALLS);
    const session = await api<TrainingSessionView>("/api/training/sessions", {
      method: "POST",
      body: JSON.stringify({ traineeIds: ids, scenarioIds: scenarios.map((s) => s.id), paceSeconds: PACE_S }),
    });
    const start = Date.parse(session.startedAt);
    const dueOf = new Map(scenarios.map((s, i) => [s.caller, start + i * PACE_S * 1000]));
    for (const deadline = Date.now() + (CALLS * PACE_S + 20) * 1000; Date.now() < deadline;) {
      if (arrivals.length >= CALLS * TRAINEES) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    if (arrivals.length !== CALLS * TRAINEES)
      throw new Error(`${arrivals.length} training calls rang, ${CALLS * TRAINEES} expected.`);
    const delays = arrivals.map((a) => a.at - dueOf.get(a.number)!);
    reportFigure({
      name: `training call, scheduled ring to the trainee's socket, ${kind}, p99`,
      value: percentile(delays, 99),
      unit: "ms",
      target: 1000,
      detail: `median ${percentile(delays, 50).toFixed(0)}, max ${Math.max(...delays).toFixed(0)} ms over ${delays.length} calls (${TRAINEES} trainees x ${CALLS}, one every ${PACE_S} s)`,
    });
  } finally {
    for (const s of sockets) s.close();
    await c.stop();
  }
}
