import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { readScenario } from "./read-scenario";
import { scenarioDir, shippedScenarios } from "./shipped-scenarios";

/** The refusal of a text that must be refused. */
function refusal(text: string): { line: number; reason: string } {
  const read = readScenario(text);
  if (read.ok) throw new Error("the scenario was accepted");
  return { line: read.line, reason: read.reason };
}

const tarakan = readFileSync(path.join(scenarioDir(), "ambulans-rsud-tarakan.json"), "utf8");

describe("scenario files", () => {
  it("ships at least 20 valid scenarios of every kind the issue lists, with unique ids and callers", () => {
    const all = shippedScenarios();
    expect(all.length).toBeGreaterThanOrEqual(20);
    const kinds = new Set(all.map((s) => s.kind));
    for (const k of [
      "ambulance",
      "traffic_accident",
      "fire",
      "wild_animal",
      "social_conflict",
      "flood",
      "prank",
      "cut_off",
    ])
      expect(kinds).toContain(k);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    expect(new Set(all.map((s) => s.caller)).size).toBe(all.length);
    // A duplicate repeats a scenario that exists.
    for (const s of all.filter((x) => x.duplicateOf)) expect(all.map((x) => x.id)).toContain(s.duplicateOf);
  });

  it("refuses a wrong value with the line of its field and the reason", () => {
    const broken = tarakan.replace('"priority": "P1"', '"priority": "P9"');
    const lineOf = broken.split("\n").findIndex((l) => l.includes('"P9"')) + 1;
    expect(refusal(broken)).toEqual({
      line: lineOf,
      reason: `expect.priority: Invalid option: expected one of "P1"|"P2"|"P3"|"P4"`,
    });
  });

  it("refuses a missing field at its parent's line, and an unknown one by name", () => {
    const noLines = refusal(tarakan.replace(/"lines": \[[^\]]*\],\n\s*/, ""));
    expect(noLines.line).toBe(1);
    expect(noLines.reason).toMatch(/^lines: /);
    const withRadius = tarakan.replace('"kind": "landmark",', '"kind": "landmark",\n    "radius": 5,');
    const extra = refusal(withRadius);
    expect(extra.line).toBe(withRadius.split("\n").findIndex((l) => l.includes('"radius"')) + 1);
    expect(extra.reason).toContain("radius");
  });

  it("refuses broken JSON with the line where it breaks", () => {
    const broken = tarakan.replace('"title": "Ibu pingsan di depan RSUD Tarakan",', '"title": "Ibu pingsan"\n  oops');
    const read = refusal(broken);
    expect(read.line).toBe(5);
    expect(read.reason).toContain("expected");
  });

  it("refuses an emergency without a type, and a duplicate that names nothing", () => {
    expect(refusal(tarakan.replace('"type": "medis",', "")).reason).toContain("type and a priority");
    const dup = refusal(tarakan.replace('"classification": "emergency"', '"classification": "duplicate"'));
    expect(dup.reason).toContain("duplicateOf");
  });
});
