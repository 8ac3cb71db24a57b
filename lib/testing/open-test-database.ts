import { inject } from "vitest";

import { setDatabase } from "@/db";
import { type Database, openDatabase } from "@/db/client";

import { copyTemplate, type TestDatabase, type TestDatabaseKind } from "./test-databases";

/** A private copy of the test template, opened in this process (for query-level tests). */
export async function openTestDatabase(kind: TestDatabaseKind): Promise<Database & { drop: () => Promise<void> }> {
  const fixture = inject("fixture");
  const copy = await copyTemplate(kind, { pglite: fixture.pgliteTemplate, postgres: fixture.postgresTemplate });
  const database = await openDatabase({ databaseUrl: copy.env.DATABASE_URL, dataDir: copy.env.DATA_DIR, poolSize: 4 });
  setDatabase(database);
  return {
    ...database,
    drop: async () => {
      setDatabase(undefined);
      await database.close();
      await copy.drop();
    },
  };
}

/**
 * A private copy of the test template, changed by `work` in this process before a console
 * starts on it (`startConsole(kind, env, { database })`); the test drops it at the end.
 */
export async function prepareTestDatabase(
  kind: TestDatabaseKind,
  work: (db: Database["db"]) => Promise<void>,
): Promise<TestDatabase> {
  const fixture = inject("fixture");
  const copy = await copyTemplate(kind, { pglite: fixture.pgliteTemplate, postgres: fixture.postgresTemplate });
  const database = await openDatabase({ databaseUrl: copy.env.DATABASE_URL, dataDir: copy.env.DATA_DIR, poolSize: 1 });
  try {
    await work(database.db);
  } finally {
    await database.close();
  }
  return copy;
}
