import { parseArgs } from "node:util";

import { z } from "zod";

import { env } from "@/lib/env";
import { DataDirBusyError, lockDataDir } from "@/lib/server/data-dir-lock";
import { openConsoleDatabase } from "@/lib/server/open-console-database";

import { generateHistory } from "./generate-history";

// npm run history -- --months 12
const usage = `Usage: npm run history -- --months 12 [--seed 1] [--incidents-per-year N] [--calls-per-year N] [--no-events]
  Generates the months of history before now, following Jakarta Siaga 112's 2024 report:
  637,292 calls a year (58% cut off, about 20% pranks, 17% non-emergency, 1% emergencies),
  with the emergencies' incidents, assignments and events, fires and floods placed by
  kelurahan as in 2024. Every row is marked generated; no event reaches a console's socket.
  Writes to DATABASE_URL when it is set, else to the embedded database in DATA_DIR
  (${env.DATA_DIR}), which no running console may hold meanwhile.`;

const optionsSchema = z.object({
  months: z.coerce.number().int().min(1).max(60),
  seed: z.coerce.number().int().min(0).max(1_000_000).default(1),
  "incidents-per-year": z.coerce.number().int().min(0).max(20_000_000).optional(),
  "calls-per-year": z.coerce.number().int().min(0).max(50_000_000).optional(),
  "no-events": z.boolean().default(false),
});

function fail(code: number, ...lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    options: {
      months: { type: "string" },
      seed: { type: "string" },
      "incidents-per-year": { type: "string" },
      "calls-per-year": { type: "string" },
      "no-events": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  }).values;
} catch (error) {
  fail(2, error instanceof Error ? error.message : String(error), usage);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const parsed = optionsSchema.safeParse(args);
if (!parsed.success) fail(2, z.prettifyError(parsed.error), usage);
const opts = parsed.data;

let unlock = () => {};
try {
  if (!env.DATABASE_URL) unlock = lockDataDir(env.DATA_DIR);
} catch (error) {
  if (!(error instanceof DataDirBusyError)) fail(3, String(error));
  fail(3, `A running console holds the embedded database in ${env.DATA_DIR}: stop it first, or use DATABASE_URL.`);
}

try {
  const database = await openConsoleDatabase({
    info: (line) => console.log(line),
    error: (line) => console.error(line),
  });
  try {
    const s = await generateHistory(database.db, {
      months: opts.months,
      end: new Date(),
      seed: opts.seed,
      events: !opts["no-events"],
      ...(opts["incidents-per-year"] === undefined ? {} : { incidentsPerYear: opts["incidents-per-year"] }),
      ...(opts["calls-per-year"] === undefined ? {} : { callsPerYear: opts["calls-per-year"] }),
      log: (line) => console.log(line),
    });
    console.log(
      `Generated ${s.calls.toLocaleString("en")} calls, ${s.incidents.toLocaleString("en")} incidents and ${s.events.toLocaleString("en")} events in ${s.seconds.toFixed(1)} s` +
        (s.unmatchedPlaces ? ` (${s.unmatchedPlaces} fire or flood rows named no known kelurahan).` : "."),
    );
  } finally {
    await database.close();
  }
} finally {
  unlock();
}
