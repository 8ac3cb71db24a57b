import { jsonLines, JsonSyntaxError } from "./json-lines";
import { type Scenario, scenarioSchema } from "./scenario";

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; line: number; reason: string };

// A scenario file's text read and checked: the scenario, or the first problem with its line.
export function readScenario(text: string): ScenarioResult {
  let lines: Map<string, number>;
  try {
    lines = jsonLines(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, line: error.line, reason: error.message };
    throw error;
  }
  const parsed = scenarioSchema.safeParse(JSON.parse(text));
  if (parsed.success) return { ok: true, scenario: parsed.data };
  const issue = parsed.error.issues[0]!;
  // The deepest path that stands in the file: a missing field is reported at its parent.
  const path = issue.path.map(String);
  // An unknown field is shown where it stands.
  if (issue.code === "unrecognized_keys" && issue.keys[0]) path.push(issue.keys[0]);
  while (path.length && !lines.has(path.join("."))) path.pop();
  const field = issue.path.length ? issue.path.join(".") : "the scenario";
  const unknown = issue.code === "unrecognized_keys" ? ` (${issue.keys.join(", ")})` : "";
  return { ok: false, line: lines.get(path.join(".")) ?? 1, reason: `${field}: ${issue.message}${unknown}` };
}
