import { describe, expect, it } from "vitest";

import { seededRandom } from "@/lib/random";

import { nameKey } from "./place-weights";
import { type HistoryKelurahan, lognormal, monthsOf, planIncidents } from "./plan-history";
import { kotaShares } from "./report-2024";

const kel = (code: string, kotaCode: string): HistoryKelurahan => ({
  code,
  name: code,
  kecamatanCode: code.slice(0, 7),
  kecamatan: { code: code.slice(0, 7), name: code.slice(0, 7) },
  kota: { code: kotaCode, name: kotaCode },
  kotaCode,
  lat: -6.2,
  lon: 106.8,
});
const kelurahan = Object.keys(kotaShares).flatMap((k) => [kel(`${k}0100001`, k), kel(`${k}0200001`, k)]);
const stations = [{ id: 1, code: "A", name: "Polsek A", jurisdictionCodes: [] }];
const year = { start: new Date("2024-01-01T00:00:00+07:00"), end: new Date("2025-01-01T00:00:00+07:00") };

describe("history plan", () => {
  it("splits a year into its twelve months, March the busiest, the shares summing to one", () => {
    const months = monthsOf(year.start, year.end);
    expect(months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months.reduce((s, m) => s + m.yearShare, 0)).toBeCloseTo(1, 9);
    const busiest = months.reduce((a, b) => (b.yearShare > a.yearShare ? b : a));
    expect(busiest.month).toBe(3);
  });

  it("plans a year of about 6,600 emergencies in the kota shares of 2024, every step after the one before", () => {
    const planned = planIncidents({
      ...year,
      kelurahan,
      stations,
      callTakerIds: [],
      places: { fires: new Map(), floods: new Map() },
      kotaShares,
      rand: seededRandom(7),
    });
    expect(planned.length).toBeGreaterThan(6_500);
    expect(planned.length).toBeLessThan(6_700);
    const timur = planned.filter((p) => p.kelurahan.kotaCode === "3172").length / planned.length;
    expect(timur).toBeGreaterThan(0.23);
    expect(timur).toBeLessThan(0.29);
    for (const p of planned) {
      expect(p.rangAt).toBeGreaterThanOrEqual(year.start.getTime());
      expect(p.rangAt).toBeLessThan(year.end.getTime());
      const steps = [p.rangAt, p.answeredAt, p.createdAt, p.dispatchedAt, p.acknowledgedAt, p.enRouteAt, p.onSceneAt];
      expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    }
    const answers = planned.map((p) => (p.answeredAt - p.rangAt) / 1000).sort((a, b) => a - b);
    // Most answered within NENA's 15 s, never all.
    const within15 = answers.filter((s) => s <= 15).length / answers.length;
    expect(within15).toBeGreaterThan(0.85);
    expect(within15).toBeLessThan(1);
  });

  it("draws log-normal delays around their median, within bounds", () => {
    const rand = seededRandom(3);
    const xs = Array.from({ length: 5001 }, () => lognormal(rand, 60, 0.7, 5, 600)).sort((a, b) => a - b);
    expect(xs[2500]).toBeGreaterThan(55);
    expect(xs[2500]).toBeLessThan(65);
    expect(xs[0]).toBeGreaterThanOrEqual(5);
    expect(xs[5000]).toBeLessThanOrEqual(600);
  });

  it("matches the open data's kelurahan names to the boundaries' despite their spellings", () => {
    expect(nameKey("Tanjung Priuk")).toBe(nameKey("Tanjung Priok"));
    expect(nameKey("P. Panggang")).toBe(nameKey("Pulau Panggang"));
    expect(nameKey("Kramat Jati")).toBe("kramatjati");
  });
});
