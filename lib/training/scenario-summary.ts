import type { Scenario } from "./scenario";
import { shippedScenarios } from "./shipped-scenarios";

/** A scenario as the supervisor's table lists it. */
export const summarizeScenario = (s: Scenario) => ({
  id: s.id,
  kind: s.kind,
  title: s.title,
  lines: s.lines.length,
  place: s.place.kind === "landmark" ? s.place.name : s.place.kind === "kelurahan" ? `Kel. ${s.place.kelurahan}` : null,
  classification: s.expect.classification,
  station: s.expect.station ?? null,
});
export type ScenarioSummary = ReturnType<typeof summarizeScenario>;

export const scenarioSummaries = () => shippedScenarios().map(summarizeScenario);
