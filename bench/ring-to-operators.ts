import os from "node:os";

import { io, type Socket } from "socket.io-client";
import twilio from "twilio";

import type { ServerToClientEvents } from "@/lib/realtime/events";
import { newCallSid } from "@/lib/twilio/ring-training-call";

import { benchDatabases, startBenchConsole } from "./support/bench-console";
import { reportFigure } from "./support/figures";
import { percentile } from "./support/percentile";

// From a signed Twilio webhook leaving the caller's side to the ring event arriving at each of
// 50 connected operator consoles, over loopback. Every delivery is one sample.
const OPERATORS = 50;
const RINGS = Number(process.env.BENCH_RINGS ?? 200);
const AUTH_TOKEN = "bench-twilio-auth-token-0123456789abcdef";

for (const kind of benchDatabases()) {
  console.log(
    `ring-to-operators on ${kind} (load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")})`,
  );
  const c = await startBenchConsole(kind, { TWILIO_AUTH_TOKEN: AUTH_TOKEN });
  const sockets: Socket<ServerToClientEvents>[] = [];
  try {
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    let delivered = 0;
    for (let i = 0; i < OPERATORS; i++) {
      const s: Socket<ServerToClientEvents> = io(c.url, {
        auth: { token: c.token },
        transports: ["websocket"],
        forceNew: true,
      });
      s.on("event:logged", (e) => {
        if (e.type !== "call.rang") return;
        const at = performance.now();
        const sent = sentAt.get(e.payload.call.callSid ?? "");
        if (sent !== undefined) latencies.push(at - sent);
        delivered++;
      });
      sockets.push(s);
    }
    await Promise.all(sockets.map((s) => new Promise<void>((r) => (s.connected ? r() : s.once("connect", () => r())))));

    const url = `${c.url}/api/twilio/voice`;
    const ring = async (record: boolean) => {
      const params = {
        CallSid: newCallSid(),
        From: `+62812${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`,
        To: "112",
      };
      const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, url, params);
      if (record) sentAt.set(params.CallSid, performance.now());
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature },
        body: new URLSearchParams(params),
      });
      if (res.status !== 200) throw new Error(`voice webhook answered ${res.status}`);
    };
    for (let i = 0; i < 20; i++) await ring(false); // warm up the routes and the sockets
    await new Promise((r) => setTimeout(r, 500));
    delivered = 0;
    // Ten calls a second: far above Jakarta's busiest hour, spaced so that each ring is measured alone.
    for (let i = 0; i < RINGS; i++) {
      await ring(true);
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 1000));
    if (delivered !== RINGS * OPERATORS)
      throw new Error(`${delivered} ring events arrived, ${RINGS * OPERATORS} expected.`);
    reportFigure({
      name: `signed webhook to ring event at ${OPERATORS} operator sockets, ${kind}, p99`,
      value: percentile(latencies, 99),
      unit: "ms",
      target: 50,
      detail: `median ${percentile(latencies, 50).toFixed(1)}, max ${Math.max(...latencies).toFixed(1)} ms over ${latencies.length} deliveries of ${RINGS} rings`,
    });
  } finally {
    for (const s of sockets) s.close();
    await c.stop();
  }
}
