import type { Database } from "./client";

// The console process opens the database once (lib/server) and the Next.js bundle, which has
// its own copy of every module, finds the same instance here. Two PGlite instances on one
// data folder would corrupt it.
const holder = globalThis as unknown as { __siagaDatabase?: Database };

export function setDatabase(database: Database | undefined): void {
  holder.__siagaDatabase = database;
}

export function getDatabase(): Database {
  const database = holder.__siagaDatabase;
  if (!database) throw new Error("The database is not open: start the console with `npm start` or `npm run dev`.");
  return database;
}

export const getDb = () => getDatabase().db;
export type { Db, Executor, Tx } from "./client";
