import { setDatabase } from "@/db";
import { type Database, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { ensureClusters } from "@/lib/cameras/camera-clusters";
import { env } from "@/lib/env";
import { seedJakarta } from "@/lib/seed/seed-jakarta";

/** Where the console tells what it did: the console's logger, or `console` in a command. */
export interface StartLog {
  info: (line: string) => void;
  error: (line: string) => void;
}

/** Says only what went wrong. */
export const quietLog: StartLog = { info: () => {}, error: (line) => console.error(line) };

/** Opens, migrates and (on an empty database only) seeds Jakarta; the instance every module shares. */
export async function openConsoleDatabase(log: StartLog): Promise<Database> {
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    poolSize: env.DATABASE_POOL_SIZE,
    onPoolError: (line) => log.error(line),
  });
  setDatabase(database);
  await migrateDatabase(database);
  const seeded = await database.db.transaction((tx) => seedJakarta(tx, env.SEED_CAMERAS));
  if (seeded)
    log.info(
      `Loaded built-in Jakarta: 6 kota, 44 kecamatan and 270 kelurahan with their boundaries, 51 stations, ${env.SEED_CAMERAS} generated cameras.`,
    );
  await ensureClusters(database.db);
  return database;
}
