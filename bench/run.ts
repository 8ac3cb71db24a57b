import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { type Figure, format, readFigures, verdict } from "./support/figures";

// `npm run bench`: each benchmark in its own process (a PGlite instance holds about 1 GB and
// the start benchmark runs whole consoles), then one table and bench/results/latest.json.
// A MISS does not fail the run: figures on a shared machine are noisy, and only a benchmark
// that could not measure at all exits non-zero.

// Every bench file (or those named: `npm run bench -- nearest-cameras`), the three headline
// ones first, then any others in name order.
const FIRST = ["start-console.ts", "nearest-cameras.ts", "import-cameras.ts"];
const rank = (f: string) => (FIRST.includes(f) ? FIRST.indexOf(f) : FIRST.length);
const only = process.argv.slice(2).map((name) => name.replace(/(\.ts)?$/, ".ts"));
const BENCHES = fs
  .readdirSync("bench")
  .filter((f) => f.endsWith(".ts") && f !== "run.ts" && (only.length === 0 || only.includes(f)))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
const load = () => os.loadavg().map((l) => Number(l.toFixed(2)));

interface BenchRun {
  file: string;
  exitCode: number;
  seconds: number;
  loadBefore: number[];
  loadAfter: number[];
  figures: Figure[];
}

async function runBench(file: string): Promise<BenchRun> {
  const figuresFile = path.join(os.tmpdir(), `siaga-bench-${process.pid}-${file}.jsonl`);
  fs.rmSync(figuresFile, { force: true });
  const loadBefore = load();
  const began = performance.now();
  const child = spawn("npx", ["tsx", path.join("bench", file)], {
    stdio: "inherit",
    env: { ...process.env, BENCH_FIGURES_FILE: figuresFile },
  });
  const exitCode = await new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
  const figures = readFigures(figuresFile);
  fs.rmSync(figuresFile, { force: true });
  return { file, exitCode, seconds: (performance.now() - began) / 1000, loadBefore, loadAfter: load(), figures };
}

const startedAt = new Date().toISOString();
const runs: BenchRun[] = [];
for (const file of BENCHES) {
  console.log(`\n== bench/${file}`);
  runs.push(await runBench(file));
}

const rows = runs.flatMap((run) =>
  run.exitCode !== 0
    ? [[run.file, `failed (exit ${run.exitCode})`, "", "", "MISS"]]
    : run.figures.length === 0
      ? [[run.file, "no figures reported (see bench/support/figures.ts)", "", "", "-"]]
      : run.figures.map((f) => [
          run.file,
          f.name,
          `${format(f.value)} ${f.unit}`,
          f.target === undefined ? "" : `${f.atLeast ? ">=" : "<="} ${f.target} ${f.unit}`,
          verdict(f),
        ]),
);
const header = ["bench", "figure", "value", "target", ""];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) =>
  cells
    .map((c, i) => c.padEnd(widths[i]!))
    .join("  ")
    .trimEnd();
console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n${rows.map(line).join("\n")}`);
// Other work on the machine moves these figures most: say how busy it was (1-minute load average).
console.log(
  `\nLoad on ${os.cpus().length} CPUs, before and after each bench: ${runs.map((r) => `${r.file} ${r.loadBefore[0]} -> ${r.loadAfter[0]}`).join(", ")}`,
);

const results = {
  startedAt,
  finishedAt: new Date().toISOString(),
  host: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  postgres: process.env.TEST_DATABASE_URL ? "measured" : "skipped (no TEST_DATABASE_URL)",
  runs: runs.map((r) => ({
    ...r,
    seconds: Number(r.seconds.toFixed(1)),
    figures: r.figures.map((f) => ({ ...f, verdict: verdict(f) })),
  })),
};
fs.mkdirSync("bench/results", { recursive: true });
fs.writeFileSync("bench/results/latest.json", `${JSON.stringify(results, null, 2)}\n`);
console.log("\nWritten to bench/results/latest.json");
process.exit(runs.every((r) => r.exitCode === 0) ? 0 : 1);
