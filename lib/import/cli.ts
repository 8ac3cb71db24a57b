import path from "node:path";
import { parseArgs } from "node:util";

import { recomputeCoverage } from "@/lib/coverage/recompute-coverage";
import { env } from "@/lib/env";
import { DataDirBusyError, lockDataDir } from "@/lib/server/data-dir-lock";
import { openConsoleDatabase } from "@/lib/server/open-console-database";

import { formatSummary } from "./format-summary";
import { importFile, type ImportKind, importKinds, planImport } from "./import-file";
import { countCsvRows } from "./read-csv-rows";
import type { RowSource } from "./row-source";
import { PROGRESS_MIN_ROWS, showProgress } from "./show-progress";

// npm run import -- <areas|stations|cameras|places> <file> [more files]
const usage = `Usage: npm run import -- <areas|stations|cameras|places> <file.csv|file.geojson> [more files]
  Loads area boundaries (kota, kecamatan or kelurahan), stations, cameras or gazetteer places from CSV or
  GeoJSON, upserting by BPS code, station code, external_id or a place's name and position. The
  columns are described in lib/validations/area-import-row.ts, station-import-row.ts,
  camera-import-row.ts and place-import-row.ts.
  Writes to DATABASE_URL when it is set, else to the embedded database in DATA_DIR
  (${env.DATA_DIR}), which no running console may hold meanwhile.`;

function fail(code: number, ...lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(code);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function readError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === "ENOENT") return "there is no such file";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "it is a folder, not a file";
  return messageOf(error);
}

function commandLine() {
  try {
    return parseArgs({ allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
  } catch (error) {
    return fail(2, messageOf(error), usage);
  }
}

const { values, positionals } = commandLine();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const [kind, ...files] = positionals;
const isKind = (k: string | undefined): k is ImportKind => importKinds.includes(k as ImportKind);
if (!isKind(kind))
  fail(
    2,
    kind
      ? `Unknown kind "${kind}": say areas, stations, cameras or places.`
      : "Say what to import: areas, stations, cameras or places.",
    usage,
  );
if (files.length === 0) fail(2, `Give the ${kind} file to import.`, usage);

// Every file is opened and its columns checked before the database, so a mistake costs nothing.
const plans: { file: string; plan: Awaited<ReturnType<typeof planImport>> }[] = [];
for (const file of files) {
  try {
    plans.push({ file, plan: await planImport(kind, file) });
  } catch (error) {
    fail(1, `Cannot import ${file}: ${readError(error)}.`);
  }
}

// The embedded database belongs to one process: never open it behind a running console.
let unlock = () => {};
try {
  if (!env.DATABASE_URL) unlock = lockDataDir(env.DATA_DIR);
} catch (error) {
  if (!(error instanceof DataDirBusyError)) fail(3, messageOf(error));
  fail(
    3,
    `${error.holder ? `Process ${error.holder}` : "Another process"} (a running console, or another import) holds the embedded database in ${env.DATA_DIR}.`,
    "Stop it first (Ctrl-C in its terminal) and run the import again, or import into PostgreSQL with DATABASE_URL.",
  );
}

// Stop between batches rather than in the middle of one. Ctrl-C reaches this process more than
// once (from the terminal, and passed on by npm and tsx), so only a second press a moment
// later quits at once. tsx kills a child that is inside a long statement and cannot answer its
// signal at once; PGlite recovers from its write-ahead log on the next start, and the batches
// written before stay.
const controller = new AbortController();
let firstSignalAt = 0;
const onSignal = () => {
  if (!controller.signal.aborted) {
    firstSignalAt = Date.now();
    console.error("\nStopping after the current batch (press Ctrl-C again to quit at once).");
    controller.abort();
  } else if (Date.now() - firstSignalAt > 1_000) {
    console.error("Quit in the middle of a batch.");
    unlock();
    process.exit(130);
  }
};
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

async function progressFor(file: string, rows: RowSource) {
  if (!process.stdout.isTTY) return null;
  const total = rows.total ?? (await countCsvRows(file));
  return total >= PROGRESS_MIN_ROWS ? showProgress(path.basename(file), total) : null;
}

let failed = false;
try {
  console.log(
    env.DATABASE_URL
      ? "Importing into PostgreSQL (DATABASE_URL)."
      : `Importing into the embedded database in ${env.DATA_DIR}.`,
  );
  const database = await openConsoleDatabase(console);
  try {
    for (const { file, plan } of plans) {
      if (controller.signal.aborted) break;
      const started = performance.now();
      const progress = await progressFor(file, plan.rows);
      try {
        const result = await importFile(database.db, kind, file, {
          plan,
          signal: controller.signal,
          onProgress: progress?.update,
        });
        progress?.stop();
        for (const line of formatSummary(file, result, (performance.now() - started) / 1000)) console.log(line);
        if (result.imported === 0) failed = true;
      } catch (error) {
        progress?.stop();
        console.error(`Cannot import ${file}: ${messageOf(error)}.`);
        failed = true;
      }
    }
    if (kind === "cameras" && !controller.signal.aborted) {
      const coverage = await recomputeCoverage(database.db);
      console.log(
        `Coverage counted again: ${coverage.cells.toLocaleString("en-US")} cells, ${coverage.cameras.toLocaleString("en-US")} cameras (${(coverage.ms / 1000).toFixed(1)} s).`,
      );
    }
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(`The import stopped: ${messageOf(error)}`);
  failed = true;
} finally {
  unlock();
}
process.exitCode = controller.signal.aborted ? 130 : failed ? 1 : 0;
