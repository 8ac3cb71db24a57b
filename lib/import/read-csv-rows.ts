import fs from "node:fs";
import { pipeline } from "node:stream";

import { type Info, parse } from "csv-parse";

import { normalizeColumn } from "./normalize-column";
import type { RowSource, SourceRow } from "./row-source";

/** The separator the header line uses most: spreadsheets set to Indonesian write `;`. */
export function detectDelimiter(headerLine: string): string {
  let best = ",";
  let bestCount = 0;
  for (const d of [",", ";", "\t", "|"]) {
    let count = 0;
    let quoted = false;
    for (const ch of headerLine) {
      if (ch === '"') quoted = !quoted;
      else if (ch === d && !quoted) count++;
    }
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

async function readFirstLine(file: string): Promise<string> {
  const handle = await fs.promises.open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(65_536), 0, 65_536, 0);
    return (
      buffer
        .subarray(0, bytesRead)
        .toString("utf8")
        .replace(/^\uFEFF/, "")
        .split(/\r?\n|\r/, 1)[0] ?? ""
    );
  } finally {
    await handle.close();
  }
}

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;
const lineOf = (row: SourceRow) => ("line" in row.ref ? row.ref.line : 0);

/**
 * Streams a CSV file as rows keyed by its normalized header. Rows with the wrong number of
 * fields, or that csv-parse cannot read, come out as errors with their line; blank rows are
 * skipped.
 */
export async function openCsvRows(file: string): Promise<RowSource> {
  const delimiter = detectDelimiter(await readFirstLine(file));
  const skipped: SourceRow[] = [];
  const parser = parse({
    bom: true,
    delimiter,
    info: true,
    trim: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      skipped.push({
        ref: { line: Number(err?.lines) || 0 },
        error: `unreadable CSV: ${err?.message ?? "bad record"}`,
      });
    },
  });
  pipeline(fs.createReadStream(file), parser, () => {});
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: Info }>;
  const first = await records.next();
  if (first.done) throw new Error("the file is empty");
  const header = first.value.record.map(normalizeColumn);
  const twice = header.find((c, i) => header.indexOf(c) !== i);
  if (twice) throw new Error(`the header names column ${twice} twice`);

  // csv-parse 6 counts a CRLF inside a quoted field as two lines; take the extra ones back.
  let extraLines = count(first.value.record.join(""), /\r\n/g);

  async function* rows(): AsyncGenerator<SourceRow> {
    try {
      for (;;) {
        const next = await records.next();
        if (next.done) return yield* skipped.splice(0);
        const { record, info } = next.value;
        const text = record.join("");
        extraLines += count(text, /\r\n/g);
        const line = info.lines - extraLines - count(text, /\r\n|\n|\r/g);
        // csv-parse reports a bad record as soon as it meets it, before records still buffered.
        while (skipped.length > 0 && lineOf(skipped[0]!) < line) yield skipped.shift()!;
        if (record.every((f) => f === "")) continue;
        // Spreadsheets pad rows with empty cells; fields beyond the header are fine if empty.
        if (record.length < header.length || record.slice(header.length).some((f) => f !== "")) {
          yield { ref: { line }, error: `has ${record.length} fields where the header has ${header.length}` };
          continue;
        }
        yield { ref: { line }, fields: Object.fromEntries(header.map((c, i) => [c, record[i]])) };
      }
    } finally {
      // Stopped early (interrupted): let go of the file.
      await records.return?.();
    }
  }
  return { format: "csv", columns: header, total: null, rows: rows() };
}

/** Data lines, for a progress bar: an estimate, since a quoted field may span lines. */
export async function countCsvRows(file: string): Promise<number> {
  let lines = 0;
  for await (const chunk of fs.createReadStream(file)) {
    const buf = chunk as Buffer;
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) lines++;
  }
  return Math.max(0, lines - 1);
}
