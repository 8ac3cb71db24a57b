import fs from "node:fs";

/** One measured figure; `target`, when there is one, is the most it may be, or with `atLeast` the least. */
export interface Figure {
  name: string;
  value: number;
  unit: string; // "s", "ms", "/s"
  target?: number;
  atLeast?: boolean;
  /** The rest of the spread, for the reader: "median 1.2 ms, max 9.8 ms". */
  detail?: string;
}

// bench/run.ts names a file in BENCH_FIGURES_FILE and reads the figures back from it, one JSON
// object per line, so that each bench's own output stays plain text when run by hand.
const figuresFile = process.env.BENCH_FIGURES_FILE;

export function reportFigure(figure: Figure): void {
  const target =
    figure.target === undefined
      ? ""
      : ` (target ${figure.target} ${figure.unit} or ${figure.atLeast ? "more" : "less"}: ${verdict(figure)})`;
  console.log(
    `  ${figure.name}: ${format(figure.value)} ${figure.unit}${target}${figure.detail ? `; ${figure.detail}` : ""}`,
  );
  if (figuresFile)
    fs.appendFileSync(figuresFile, `${JSON.stringify({ ...figure, value: Number(figure.value.toFixed(3)) })}\n`);
}

export function readFigures(file: string): Figure[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Figure);
}

export const verdict = (f: Figure): "PASS" | "MISS" | "-" =>
  f.target === undefined ? "-" : (f.atLeast ? f.value >= f.target : f.value <= f.target) ? "PASS" : "MISS";

/** Two decimals under 10, one under 100, none above: enough to compare runs, no false precision. */
export const format = (x: number): string => x.toFixed(x < 10 ? 2 : x < 100 ? 1 : 0);
