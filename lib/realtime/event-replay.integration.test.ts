import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

import { createEventCursor } from "./event-cursor";
import type { LoggedEvent } from "./events";

const stationIdOf = async (c: RunningConsole, code: string) => {
  const stations = await c.data<{ id: number; code: string; staffed: boolean }[]>("/api/map/stations", { as: "admin" });
  return stations.find((s) => s.code === code)!;
};

const nextEvent = (socket: ReturnType<RunningConsole["socket"]>) =>
  new Promise<LoggedEvent>((resolve) => socket.once("event:logged", resolve));

describe.each(testDatabaseKinds())("event log on %s", (kind) => {
  let c: RunningConsole;
  beforeAll(async () => {
    c = await startConsole(kind);
  });
  afterAll(async () => {
    await c?.stop();
  });

  it("replays exactly the events missed while a client was away, in order, once", async () => {
    const applied: number[] = [];
    const fetchAfter = async (after: number) =>
      (await c.data<{ events: LoggedEvent[] }>(`/api/events?after=${after}`, { as: "dispatcher" })).events;
    const station = await stationIdOf(c, "POLSEK-3172010");

    // Connected: one change arrives by push.
    const first = c.socket("dispatcher");
    await new Promise<void>((r) => first.once("connect", () => r()));
    const start = (await fetchAfter(0)).at(-1)?.seq ?? 0;
    const cursor = createEventCursor({ lastSeq: start, fetchAfter, apply: (e) => applied.push(e.seq) });
    first.on("event:logged", (e) => void cursor.receive(e));
    const pushed = nextEvent(first);
    expect(
      (await c.api(`/api/stations/${station.id}/staffing`, { as: "admin", method: "POST", json: { staffed: false } }))
        .status,
    ).toBe(200);
    await cursor.receive(await pushed);
    expect(applied).toHaveLength(1);

    // Away: three changes commit while no socket is connected.
    first.close();
    for (const staffed of [true, false, true]) {
      expect(
        (await c.api(`/api/stations/${station.id}/staffing`, { as: "admin", method: "POST", json: { staffed } }))
          .status,
      ).toBe(200);
    }

    // Back: the reconnect resync brings exactly those three, then pushes carry on.
    const second = c.socket("dispatcher");
    second.on("event:logged", (e) => void cursor.receive(e));
    await new Promise<void>((r) => second.once("connect", () => r()));
    await cursor.resync();
    expect(applied).toHaveLength(4);
    const live = nextEvent(second);
    await c.api(`/api/stations/${station.id}/staffing`, { as: "admin", method: "POST", json: { staffed: false } });
    await cursor.receive(await live);

    const all = (await fetchAfter(start)).map((e) => e.seq);
    expect(applied).toEqual(all);
    expect(new Set(applied).size).toBe(applied.length);
    expect([...applied].sort((a, b) => a - b)).toEqual(applied);
  });

  it("sends a station's events to its own polsek officer and not to another station's", async () => {
    const own = await stationIdOf(c, c.users.polsek!.stationCode!);
    const ownSocket = c.socket("polsek");
    const otherSocket = c.socket("polsekOther");
    const otherGot: LoggedEvent[] = [];
    otherSocket.on("event:logged", (e) => otherGot.push(e));
    await Promise.all([ownSocket, otherSocket].map((s) => new Promise<void>((r) => s.once("connect", () => r()))));
    const received = nextEvent(ownSocket);
    await c.api(`/api/stations/${own.id}/staffing`, {
      as: "dispatcher",
      method: "POST",
      json: { staffed: !own.staffed },
    });
    expect((await received).stationId).toBe(own.id);
    await new Promise((r) => setTimeout(r, 300));
    expect(otherGot).toEqual([]);
    const replay = await c.data<{ events: LoggedEvent[] }>("/api/events?after=0", { as: "polsekOther" });
    expect(replay.events.every((e) => e.stationId !== own.id)).toBe(true);
  });

  it("refuses a socket without a valid token", async () => {
    const { io } = await import("socket.io-client");
    const s = io(c.url, {
      auth: { token: "siaga_not-a-real-token" },
      transports: ["websocket"],
      reconnection: false,
      forceNew: true,
    });
    const err = await new Promise<Error>((resolve) => s.once("connect_error", resolve));
    s.close();
    expect(err.message).toBe("unauthorized");
  });

  it("acknowledges a socket command with data, or with an error and no change", async () => {
    const s = c.socket("polsek");
    const other = await stationIdOf(c, c.users.polsekOther!.stationCode!);
    const ack = await s.emitWithAck("station:staff", { stationId: other.id, staffed: !other.staffed });
    expect(ack).toMatchObject({ error: { code: "forbidden" } });
    const bad = await s.emitWithAck("station:staff", { stationId: "x" as unknown as number, staffed: true });
    expect(bad).toMatchObject({ error: { code: "invalid_input" } });
    expect((await stationIdOf(c, other.code)).staffed).toBe(other.staffed);
  });
});
