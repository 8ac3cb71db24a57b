import path from "node:path";

import { sql } from "drizzle-orm";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";

import type { Database } from "./client";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export async function migrateDatabase({ db, kind }: Database): Promise<void> {
  // The geometry types of the first migration need PostGIS already there.
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS postgis`);
  if (kind === "pglite") await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
  else await migratePostgres(db, { migrationsFolder });
}
