import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { PlaceMatch } from "@/lib/places/place-match";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

// Over the built-in gazetteer of a new console: areas, stations and the 2,090 landmarks.
describe.each(testDatabaseKinds())("place search on %s", (kind) => {
  let c: RunningConsole;
  const search = (q: string, near?: { lat: number; lon: number }) =>
    c.data<PlaceMatch[]>(
      `/api/places/search?q=${encodeURIComponent(q)}${near ? `&lat=${near.lat}&lon=${near.lon}` : ""}`,
      { as: "operator" },
    );
  beforeAll(async () => {
    c = await startConsole(kind);
  });
  afterAll(async () => {
    await c?.stop();
  });

  it.each([
    ["a misspelt kelurahan", "Kemaioran", "Kemayoran", "kelurahan"],
    ["any case", "KEMAYORAN", "Kemayoran", "kelurahan"],
    ["rs for a hospital", "rs cipto", "RSUP Nasional Dr. Cipto Mangunkusumo", "hospital"],
    ["rumah sakit spelt out", "rumah sakit cipto", "RSUP Nasional Dr. Cipto Mangunkusumo", "hospital"],
    ["a train station", "stasiun gambir", "STASIUN GAMBIR", "train_station"],
    ["st. for stasiun", "st. gambir", "STASIUN GAMBIR", "train_station"],
    ["a TransJakarta stop", "halte pecenongan", "HALTE PECENONGAN", "transjakarta_stop"],
    ["a misspelt stop", "halte pecenongn", "HALTE PECENONGAN", "transjakarta_stop"],
    ["kel. for kelurahan", "kel. gambir", "Gambir", "kelurahan"],
    ["kec. for kecamatan", "kec tanah abang", "Tanah Abang", "kecamatan"],
    ["an accent", "Kemayorán", "Kemayoran", "kelurahan"],
  ])("finds %s: %s", async (_what, q, name, placeKind) => {
    const [first] = await search(q);
    expect(first).toMatchObject({ name, kind: placeKind });
  });

  it("answers with the point and its kelurahan", async () => {
    const [cipto] = await search("rs cipto");
    expect(cipto!.lat).toBeCloseTo(-6.1968, 3);
    expect(cipto!.lon).toBeCloseTo(106.8469, 3);
    expect(cipto!.kelurahan).toMatchObject({ name: "Kenari" });
    expect(cipto!.match).toBeGreaterThan(0.6);
  });

  it("ranks equal matches by nearness to the view", async () => {
    const north = { lat: -6.12, lon: 106.9 };
    const south = { lat: -6.33, lon: 106.82 };
    const fromNorth = await search("puskesmas kelurahan", north);
    const fromSouth = await search("puskesmas kelurahan", south);
    expect(fromNorth[0]!.distanceM).toBeLessThan(5_000);
    expect(fromSouth[0]!.distanceM).toBeLessThan(5_000);
    expect(fromNorth[0]!.name).not.toBe(fromSouth[0]!.name);
    // A better match still wins over a nearer, worse one.
    const [gambir] = await search("stasiun gambir", south);
    expect(gambir!.name).toBe("STASIUN GAMBIR");
  });

  it("finds stations, and refuses a query too short", async () => {
    const found = await search("polsek gambir");
    expect(found[0]).toMatchObject({ kind: "station" });
    const res = await c.api("/api/places/search?q=a", { as: "operator" });
    expect(res.status).toBe(422);
  });
});
