import { describe, expect, it } from "vitest";

import {
  DRAFT_MAX_AGE_MS,
  draftStorageKey,
  dropDraft,
  emptyDraft,
  emptyStore,
  pruneDrafts,
  readDraftStore,
  setDraft,
  writeDraftStore,
} from "./call-draft";

const T = Date.parse("2026-11-22T03:00:00Z");
const filled = {
  classification: "emergency" as const,
  type: "kebakaran" as const,
  priority: "P1" as const,
  placeText: "Gambir (kecamatan)",
  place: { lat: -6.1754, lon: 106.8272 },
  area: { name: "Gambir", level: "kecamatan" },
  address: "Depan Stasiun Gambir",
  description: "Asap dari lantai dua",
};

describe("call drafts", () => {
  it("keeps each call's draft apart and reads back exactly what was written", () => {
    let store = setDraft(emptyStore, 1, filled, T);
    store = setDraft(store, 2, { description: "Pohon tumbang" }, T + 1);
    store = { ...store, current: 1 };
    const back = readDraftStore(writeDraftStore(store), T + 2);
    expect(back).toEqual(store);
    expect(back.drafts[1]).toEqual({ ...filled, updatedAt: T });
    expect(back.drafts[2]).toEqual({ ...emptyDraft(T + 1), description: "Pohon tumbang" });
  });

  it("merges a change into what the call already has", () => {
    const store = setDraft(setDraft(emptyStore, 1, filled, T), 1, { priority: "P2" }, T + 5);
    expect(store.drafts[1]).toEqual({ ...filled, priority: "P2", updatedAt: T + 5 });
  });

  it("drops a call's draft, and forgets it as the open call", () => {
    const store = { ...setDraft(setDraft(emptyStore, 1, filled, T), 2, filled, T), current: 1 };
    const dropped = dropDraft(store, 1);
    expect(Object.keys(dropped.drafts)).toEqual(["2"]);
    expect(dropped.current).toBeNull();
    expect(dropDraft(dropped, 9)).toBe(dropped);
  });

  it("lets go of the drafts of calls classified or linked to an incident", () => {
    const store = setDraft(setDraft(setDraft(emptyStore, 1, filled, T), 2, filled, T), 3, filled, T);
    const pruned = pruneDrafts(store, [
      { id: 1, classification: "prank", incidentId: null },
      { id: 2, classification: null, incidentId: 42 },
      { id: 3, classification: null, incidentId: null },
    ]);
    expect(Object.keys(pruned.drafts)).toEqual(["3"]);
  });

  it("reads damaged, foreign or outdated storage as no drafts rather than failing", () => {
    expect(readDraftStore(null, T)).toEqual(emptyStore);
    expect(readDraftStore("{not json", T)).toEqual(emptyStore);
    expect(readDraftStore(JSON.stringify([1, 2]), T)).toEqual(emptyStore);
    const mixed = JSON.stringify({
      current: "x",
      drafts: {
        1: { ...filled, updatedAt: T },
        2: { ...filled, place: { lat: 106.8, lon: -6.2 }, updatedAt: T },
        3: { ...filled, type: "volcano", updatedAt: T },
        nope: { ...filled, updatedAt: T },
        4: { ...filled, updatedAt: T - DRAFT_MAX_AGE_MS - 1 },
      },
    });
    const store = readDraftStore(mixed, T);
    expect(store.current).toBeNull();
    expect(Object.keys(store.drafts)).toEqual(["1"]);
  });

  it("keeps at most fifty drafts, the newest", () => {
    let store = emptyStore;
    for (let id = 1; id <= 55; id++) store = setDraft(store, id, { address: `a${id}` }, T + id);
    const ids = Object.keys(store.drafts)
      .map(Number)
      .sort((a, b) => a - b);
    expect(ids).toHaveLength(50);
    expect(ids[0]).toBe(6);
  });

  it("stores each user's drafts under their own key", () => {
    expect(draftStorageKey("u1")).not.toBe(draftStorageKey("u2"));
  });
});
