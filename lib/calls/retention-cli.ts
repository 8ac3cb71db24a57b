// npm run retention - anonymise now the callers' numbers older than CALL_RETENTION_DAYS (the
// running console also does it once a day), with its audit event.
import { env } from "@/lib/env";
import { DataDirBusyError, lockDataDir } from "@/lib/server/data-dir-lock";
import { openConsoleDatabase, quietLog } from "@/lib/server/open-console-database";

import { applyRetention } from "./apply-retention";

let unlock = () => {};
try {
  if (!env.DATABASE_URL) unlock = lockDataDir(env.DATA_DIR);
} catch (error) {
  console.error(
    error instanceof DataDirBusyError
      ? `A running console holds the embedded database in ${env.DATA_DIR}; it applies the retention itself once a day. Stop it to run this now.`
      : String(error),
  );
  process.exit(3);
}
try {
  const database = await openConsoleDatabase(quietLog);
  try {
    const result = await applyRetention(database.db, env.CALL_RETENTION_DAYS);
    console.log(
      `Anonymised the callers' numbers of ${result.calls} call(s) that rang before ${result.before} (${env.CALL_RETENTION_DAYS} days).`,
    );
  } finally {
    await database.close();
  }
} finally {
  unlock();
}
