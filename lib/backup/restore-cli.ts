// npm run restore -- FILE - makes a backup from `npm run backup` the embedded database in
// DATA_DIR again, with the console stopped. The database it replaces is kept beside it.
import fs from "node:fs";
import path from "node:path";

import { loadEmbeddedDump } from "@/db/client";
import { env } from "@/lib/env";
import { DataDirBusyError, lockDataDir } from "@/lib/server/data-dir-lock";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run restore -- FILE (a .tar.gz written by npm run backup)");
  process.exit(2);
}
if (env.DATABASE_URL) {
  console.error("DATABASE_URL is set: restore PostgreSQL with pg_restore (npm run backup prints how).");
  process.exit(2);
}
if (!fs.existsSync(file)) {
  console.error(`No such file: ${file}`);
  process.exit(2);
}

const dataDir = path.resolve(env.DATA_DIR);
let unlock: () => void;
try {
  unlock = lockDataDir(dataDir);
} catch (error) {
  console.error(
    error instanceof DataDirBusyError
      ? `${error.holder ? `Process ${error.holder}` : "Another process"} (a running console) holds ${dataDir}. Stop it first, then restore.`
      : String(error),
  );
  process.exit(3);
}

const started = performance.now();
const restoring = `${dataDir}.restoring-${process.pid}`;
try {
  fs.rmSync(restoring, { recursive: true, force: true });
  await loadEmbeddedDump(restoring, new Blob([fs.readFileSync(file)]));
  // The folder held only its lock file, or a database that is kept, not overwritten.
  const hadDatabase = fs.existsSync(path.join(dataDir, "PG_VERSION"));
  const kept = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  if (hadDatabase) fs.renameSync(dataDir, kept);
  else fs.rmSync(dataDir, { recursive: true, force: true });
  fs.renameSync(restoring, dataDir);
  console.log(`Restored ${file} into ${dataDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  if (hadDatabase) console.log(`The database it replaced is in ${kept}.`);
} catch (error) {
  fs.rmSync(restoring, { recursive: true, force: true });
  console.error(`Not restored: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  unlock();
}
