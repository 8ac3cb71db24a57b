import os from "node:os";

import { io, type Socket } from "socket.io-client";

import type { ServerToClientEvents } from "@/lib/realtime/events";
import { defaultStations } from "@/lib/stations/default-stations";

import { benchDatabases, startBenchConsole } from "./support/bench-console";
import { reportFigure } from "./support/figures";
import { percentile } from "./support/percentile";

// From POST /api/incidents/{id}/dispatch leaving the dispatcher to assignment.dispatched arriving
// on the sockets of the station sent: 200 polsek sockets over 50 stations connected, loopback.
// Each delivery to one of the station's sockets is one sample; no other station may hear it.
const STATIONS = 50;
const SOCKETS_PER_STATION = 4;
const DISPATCHES = Number(process.env.BENCH_DISPATCHES ?? 200);
const WARM_UP = 20;
const TARGET_P99_MS = 50;

// Jakarta's 45 built-in polsek and, to make 50, five polres (whose officers take jobs as well).
const polsek = defaultStations()
  .filter((s) => s.kind !== "polda")
  .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "polsek" ? -1 : 1))
  .slice(0, STATIONS);
if (polsek.length < STATIONS) throw new Error(`Only ${polsek.length} stations are built in.`);

for (const kind of benchDatabases()) {
  console.log(
    `dispatch-to-polsek on ${kind} (load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")})`,
  );
  const c = await startBenchConsole(kind, {}, [
    { email: "dispatcher@bench.siaga112.id", role: "dispatcher" },
    ...polsek.map((s, i) => ({ email: `polsek${i}@bench.siaga112.id`, role: "polsek", stationCode: s.code })),
  ]);
  const [dispatcherToken, ...polsekTokens] = c.tokens;
  const sockets: Socket<ServerToClientEvents>[] = [];
  try {
    const api = async <T>(path: string, body: unknown): Promise<T> => {
      const res = await fetch(`${c.url}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${dispatcherToken}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { data: T }).data;
    };
    const stationIds = new Map<string, number>();
    const stations = await fetch(`${c.url}/api/map/stations`, {
      headers: { authorization: `Bearer ${dispatcherToken}` },
    }).then(async (r) => ((await r.json()) as { data: { id: number; code: string }[] }).data);
    for (const s of stations) stationIds.set(s.code, s.id);

    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    let wrongStation = 0;
    let delivered = 0;
    polsek.forEach((station, i) => {
      for (let k = 0; k < SOCKETS_PER_STATION; k++) {
        const s: Socket<ServerToClientEvents> = io(c.url, {
          auth: { token: polsekTokens[i] },
          transports: ["websocket"],
          forceNew: true,
        });
        const own = stationIds.get(station.code);
        s.on("event:logged", (e) => {
          if (e.type !== "assignment.dispatched") return;
          const at = performance.now();
          if (e.stationId !== own) wrongStation++;
          const sent = sentAt.get(`${e.incidentId}/${e.stationId}`);
          if (sent !== undefined) latencies.push(at - sent);
          delivered++;
        });
        sockets.push(s);
      }
    });
    await Promise.all(sockets.map((s) => new Promise<void>((r) => (s.connected ? r() : s.once("connect", () => r())))));

    const incidents: number[] = [];
    for (let i = 0; i < WARM_UP + DISPATCHES; i++) {
      const p = polsek[i % STATIONS]!;
      const { id } = await api<{ id: number }>("/api/incidents", {
        type: "kriminalitas",
        priority: "P2",
        lat: p.lat,
        lon: p.lon,
        description: "bench",
      });
      incidents.push(id);
    }
    const dispatch = async (i: number, record: boolean) => {
      const stationId = stationIds.get(polsek[i % STATIONS]!.code)!;
      if (record) sentAt.set(`${incidents[i]}/${stationId}`, performance.now());
      await api(`/api/incidents/${incidents[i]}/dispatch`, { stationId });
    };
    for (let i = 0; i < WARM_UP; i++) await dispatch(i, false);
    await new Promise((r) => setTimeout(r, 500));
    delivered = 0;
    for (let i = WARM_UP; i < WARM_UP + DISPATCHES; i++) {
      await dispatch(i, true);
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 1000));
    const expected = DISPATCHES * SOCKETS_PER_STATION;
    if (delivered !== expected || wrongStation > 0)
      throw new Error(`${delivered} deliveries (${expected} expected), ${wrongStation} to another station.`);
    reportFigure({
      name: `dispatch to the event on the polsek's sockets, ${STATIONS * SOCKETS_PER_STATION} sockets over ${STATIONS} stations, ${kind}, p99`,
      value: percentile(latencies, 99),
      unit: "ms",
      target: TARGET_P99_MS,
      detail: `median ${percentile(latencies, 50).toFixed(1)}, max ${Math.max(...latencies).toFixed(1)} ms over ${latencies.length} deliveries of ${DISPATCHES} dispatches; none to another station`,
    });
  } finally {
    for (const s of sockets) s.close();
    await c.stop();
  }
}
