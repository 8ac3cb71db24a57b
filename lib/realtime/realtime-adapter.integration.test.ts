import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { testStations } from "@/lib/testing/fixture";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";

import type { LoggedEvent } from "./events";

const connected = (socket: ReturnType<RunningConsole["socket"]>) =>
  new Promise<void>((r) => socket.once("connect", () => r()));
const heard = (socket: ReturnType<RunningConsole["socket"]>, type: string) =>
  new Promise<LoggedEvent>((resolve) => socket.on("event:logged", (e) => e.type === type && resolve(e)));

// Two console processes on one PostgreSQL, as behind a load balancer: a change made through
// either one reaches the sockets of both, and a station's room stays its own across processes.
describe.runIf(process.env.TEST_DATABASE_URL)(
  "two console processes sharing PostgreSQL (REALTIME_ADAPTER=postgres)",
  () => {
    let a: RunningConsole;
    let b: RunningConsole;
    beforeAll(async () => {
      a = await startConsole("postgres", { REALTIME_ADAPTER: "postgres" });
      b = await startConsole("postgres", { REALTIME_ADAPTER: "postgres" }, a);
    });
    afterAll(async () => {
      await b?.stop();
      await a?.stop();
    });

    it("delivers an incident created on one process to dispatchers connected to either", async () => {
      const onA = a.socket("dispatcher");
      const onB = b.socket("dispatcher");
      await Promise.all([connected(onA), connected(onB)]);
      const [fromA, fromB] = [heard(onA, "incident.created"), heard(onB, "incident.created")];
      const res = await a.api("/api/incidents", {
        method: "POST",
        as: "operator",
        json: { type: "banjir", priority: "P2", lat: -6.2297, lon: 106.8295 },
      });
      expect(res.status).toBe(201);
      const { data } = (await res.json()) as { data: { id: number } };
      const [eventA, eventB] = await Promise.all([fromA, fromB]);
      expect(eventA.incidentId).toBe(data.id);
      expect(eventB).toEqual(eventA);
    });

    it("keeps a station's events to that station's officer on the other process", async () => {
      const stations = await b.data<{ id: number; code: string; staffed: boolean }[]>("/api/map/stations", {
        as: "admin",
      });
      const station = stations.find((s) => s.code === testStations.polsek)!;
      const other = stations.find((s) => s.code === testStations.polsekOther)!;
      const officer = b.socket("polsek");
      await connected(officer);
      const got: LoggedEvent[] = [];
      officer.on("event:logged", (e) => got.push(e));
      const mine = heard(officer, "station.staffing_changed");
      expect(
        (
          await a.api(`/api/stations/${other.id}/staffing`, {
            as: "admin",
            method: "POST",
            json: { staffed: !other.staffed },
          })
        ).status,
      ).toBe(200);
      expect(
        (
          await a.api(`/api/stations/${station.id}/staffing`, {
            as: "admin",
            method: "POST",
            json: { staffed: !station.staffed },
          })
        ).status,
      ).toBe(200);
      expect((await mine).stationId).toBe(station.id);
      expect(got.map((e) => e.stationId)).toEqual([station.id]);
    });
  },
);
