import type { z } from "zod";

import type { Executor } from "@/db";

import type { RowRef, RowSource } from "./row-source";

export const MAX_REASONS = 20;

export interface RowPlan<Row> {
  schema: z.ZodType<Row>;
  /** The upsert key: a repeat within the file replaces the earlier row. */
  keyOf: (row: Row) => string;
  batchSize: number;
  /** One statement per call (the db/queries upserts). */
  write: (rows: Row[]) => Promise<unknown>;
  /** When given, the whole file is read and put in this order before anything is written. */
  order?: (rows: Row[]) => Row[];
}

export interface RowTally {
  read: number;
  imported: number;
  /** Imported rows whose key an earlier row of the file had. */
  repeated: number;
  rejected: number;
  /** The first MAX_REASONS rejections. */
  reasons: { ref: RowRef; reason: string }[];
  interrupted: boolean;
}

export interface ImportRowsOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((read: number) => void) | undefined;
}

type Entry<Row> = { ref: RowRef; row: Row; repeat: boolean };

export const reasonOf = (error: z.ZodError) =>
  error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");

/** Validates every row, keeps the valid ones and writes them in batches; never throws for a bad row. */
export async function importRows<Row>(
  source: RowSource,
  plan: RowPlan<Row>,
  opts: ImportRowsOptions = {},
): Promise<RowTally> {
  const tally: RowTally = { read: 0, imported: 0, repeated: 0, rejected: 0, reasons: [], interrupted: false };
  const reject = (ref: RowRef, reason: string) => {
    tally.rejected++;
    if (tally.reasons.length < MAX_REASONS) tally.reasons.push({ ref, reason });
  };
  const seen = new Set<string>();
  // Keyed, because one upsert statement cannot touch the same key twice.
  let batch = new Map<string, Entry<Row>>();

  // A failed batch is retried row by row, so that a row the database refuses costs only itself.
  // Returns how many rows failed.
  const write = async (entries: Entry<Row>[]): Promise<number> => {
    try {
      await plan.write(entries.map((e) => e.row));
      tally.imported += entries.filter((e) => !e.repeat).length;
      return 0;
    } catch (error) {
      if (entries.length === 1) {
        reject(entries[0]!.ref, `not written: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
      }
      let failed = 0;
      for (const e of entries) failed += await write([e]);
      // Every row failing on its own means the database is the problem, not the rows.
      if (failed === entries.length) throw error;
      return failed;
    }
  };
  const flush = async (entries: Entry<Row>[]) => {
    await write(entries);
    opts.onProgress?.(tally.read);
  };

  for await (const item of source.rows) {
    if (opts.signal?.aborted) {
      tally.interrupted = true;
      break;
    }
    tally.read++;
    if (tally.read % 100 === 0) opts.onProgress?.(tally.read);
    if ("error" in item) {
      reject(item.ref, item.error);
      continue;
    }
    const parsed = plan.schema.safeParse(item.fields);
    if (!parsed.success) {
      reject(item.ref, reasonOf(parsed.error));
      continue;
    }
    const key = plan.keyOf(parsed.data);
    const repeat = seen.has(key);
    if (repeat) tally.repeated++;
    else seen.add(key);
    // A repeat within the batch takes the place of the row it repeats, and counts as that row.
    batch.set(key, { ref: item.ref, row: parsed.data, repeat: batch.get(key)?.repeat ?? repeat });
    if (!plan.order && batch.size >= plan.batchSize) {
      await flush([...batch.values()]);
      batch = new Map();
    }
  }

  // Ordered: nothing is written until the whole file is read, so an interrupted read writes nothing.
  if (tally.interrupted && plan.order) return tally;
  let rest = [...batch.values()];
  if (plan.order) {
    const byRow = new Map(rest.map((e) => [e.row, e]));
    rest = plan.order(rest.map((e) => e.row)).map((r) => byRow.get(r)!);
  }
  for (let i = 0; i < rest.length; i += plan.batchSize) {
    if (i > 0 && opts.signal?.aborted) {
      tally.interrupted = true;
      break;
    }
    await flush(rest.slice(i, i + plan.batchSize));
  }
  return tally;
}

export interface KindOptions extends ImportRowsOptions {
  /** The `source` of rows that do not name one. */
  source: string;
}

/** A file checked against its kind (columns, level), ready to be written. */
export interface ImportPlan {
  /** What is imported: "cameras", "stations", or the level of areas ("kelurahan"). */
  noun: string;
  /** The column rows are upserted by, for messages. */
  key: string;
  /** Columns of the file that no field takes: ignored, and said so. */
  unusedColumns: string[];
  run: (db: Executor, opts: KindOptions) => Promise<RowTally>;
}

export type ImportResult = Omit<ImportPlan, "run"> & RowTally;
