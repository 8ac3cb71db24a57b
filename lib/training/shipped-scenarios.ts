import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { readScenario } from "./read-scenario";
import type { Scenario } from "./scenario";

/** Where the console's own scenarios live, one JSON file each. */
export const scenarioDir = () => path.join(process.cwd(), "lib", "training", "scenarios");

let cached: Scenario[] | undefined;

// The shipped scenarios, read once. A broken file stops the read with its name, line and
// reason: a console that ships one is a console that was never tested.
export function shippedScenarios(dir = scenarioDir()): Scenario[] {
  if (cached && dir === scenarioDir()) return cached;
  const list = readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const read = readScenario(readFileSync(path.join(/*turbopackIgnore: true*/ dir, file), "utf8"));
      if (!read.ok) throw new Error(`${file}:${read.line}: ${read.reason}`);
      return read.scenario;
    });
  if (dir === scenarioDir()) cached = list;
  return list;
}

export const scenarioById = (id: string) => shippedScenarios().find((s) => s.id === id) ?? null;
