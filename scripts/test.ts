import { spawnSync } from "node:child_process";
import fs from "node:fs";

// `npm test`: build the console (integration and browser tests run the production build),
// run every test file of the three projects (unit, integration, browser) once, and end on the
// runner's own counts. The build goes to its own folder, so that a console running from .next
// meanwhile keeps its build; the consoles the tests start inherit NEXT_DIST_DIR and use this one.
const env = { ...process.env, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-test" };
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "inherit", env }).status ?? 1;

if (process.env.SKIP_BUILD !== "1" && run("npx", ["next", "build"]) !== 0) {
  console.log("0 passed, 1 failed (the build failed)");
  process.exit(1);
}

const report = "test-results.json";
fs.rmSync(report, { force: true });
const status = run("npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);

let counts = { passed: 0, failed: 0, skipped: 0 };
try {
  const r = JSON.parse(fs.readFileSync(report, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  counts = { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
} catch {
  counts.failed = 1; // no report: the runner itself failed
}
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(status !== 0 || counts.failed > 0 || counts.passed === 0 ? 1 : 0);
