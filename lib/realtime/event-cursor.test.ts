import { describe, expect, it } from "vitest";

import { createEventCursor } from "./event-cursor";
import type { LoggedEvent } from "./events";

const ev = (seq: number): LoggedEvent => ({
  seq,
  type: "station.staffing_changed",
  incidentId: null,
  stationId: 1,
  payload: { code: "P", staffed: true },
  actorId: null,
  at: "",
});

function setup(stored: number[], lastSeq = 0) {
  const applied: number[] = [];
  const fetches: number[] = [];
  const cursor = createEventCursor({
    lastSeq,
    fetchAfter: async (after) => {
      fetches.push(after);
      return stored.filter((s) => s > after).map(ev);
    },
    apply: (e) => applied.push(e.seq),
  });
  return { cursor, applied, fetches };
}

describe("event cursor", () => {
  it("applies consecutive pushes without fetching", async () => {
    const { cursor, applied, fetches } = setup([1, 2, 3]);
    for (const s of [1, 2, 3]) await cursor.receive(ev(s));
    expect(applied).toEqual([1, 2, 3]);
    expect(fetches).toEqual([]);
  });

  it("ignores an event it has already applied", async () => {
    const { cursor, applied } = setup([1, 2]);
    await cursor.receive(ev(1));
    await cursor.receive(ev(1));
    await cursor.receive(ev(2));
    expect(applied).toEqual([1, 2]);
  });

  it("fetches the missing events when a push skips ahead, and applies each once", async () => {
    const { cursor, applied, fetches } = setup([1, 2, 3, 4], 1);
    await cursor.receive(ev(4));
    await cursor.receive(ev(3));
    expect(applied).toEqual([2, 3, 4]);
    expect(fetches).toEqual([1]);
    expect(cursor.lastSeq).toBe(4);
  });

  it("catches up on resync after a disconnection", async () => {
    const { cursor, applied } = setup([5, 6, 8], 4);
    await cursor.resync();
    await cursor.receive(ev(8));
    expect(applied).toEqual([5, 6, 8]);
  });

  it("keeps order when pushes and a resync race", async () => {
    const { cursor, applied } = setup([1, 2, 3]);
    await Promise.all([cursor.receive(ev(3)), cursor.resync(), cursor.receive(ev(2))]);
    expect(applied).toEqual([1, 2, 3]);
  });
});
