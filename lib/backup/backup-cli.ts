// npm run backup [-- FILE] - a consistent copy of the embedded database as one .tar.gz file,
// made by the running console if one holds it; for PostgreSQL, how to use pg_dump.
import path from "node:path";

import { openDatabase } from "@/db/client";
import { env } from "@/lib/env";
import { DataDirBusyError, lockDataDir } from "@/lib/server/data-dir-lock";

import { requestBackup, writeDump } from "./backup-request";

if (env.DATABASE_URL) {
  console.log(
    [
      "The console's data is in PostgreSQL (DATABASE_URL): back it up with PostgreSQL's own tools, e.g.",
      '  pg_dump --format=custom --file=siaga-$(date +%F).dump "$DATABASE_URL"',
      "and bring it back into an empty database, with the consoles stopped, with",
      '  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" siaga-YYYY-MM-DD.dump',
      "(the database needs the postgis, pg_trgm and unaccent extensions available).",
    ].join("\n"),
  );
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const target = path.resolve(process.argv[2] ?? path.join("backups", `siaga-${stamp}.tar.gz`));
const started = performance.now();

try {
  let unlock: (() => void) | null = null;
  try {
    unlock = lockDataDir(env.DATA_DIR);
  } catch (error) {
    if (!(error instanceof DataDirBusyError) || !error.holder) throw error;
    console.log(`A console (process ${error.holder}) holds ${env.DATA_DIR}: it writes the backup.`);
    await requestBackup(env.DATA_DIR, error.holder, target);
  }
  if (unlock) {
    try {
      const database = await openDatabase({ dataDir: env.DATA_DIR });
      try {
        await writeDump(database.dump!, target);
      } finally {
        await database.close();
      }
    } finally {
      unlock();
    }
  }
  console.log(`Backup written to ${target} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`Bring it back, with the console stopped: npm run restore -- ${target}`);
} catch (error) {
  console.error(`No backup: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
