import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { postgis } from "@electric-sql/pglite-postgis";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";

import * as schema from "./schema";

export type DatabaseKind = "pglite" | "postgres";

// Both drivers give the same query builder; code is written against this one type.
export type Db = ReturnType<typeof drizzlePostgres<typeof schema>>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  kind: DatabaseKind;
  close: () => Promise<void>;
  /** The embedded database's whole data folder as a gzipped tarball, at one consistent point. */
  dump?: () => Promise<Blob>;
}

const extensions = { postgis, pg_trgm, unaccent };

/** Makes `dataDir` (absent or empty) the database of a tarball that `dump` wrote. */
export async function loadEmbeddedDump(dataDir: string, dump: Blob): Promise<void> {
  const client = await PGlite.create({ dataDir, extensions, loadDataDir: dump });
  // Opening it runs the recovery a copy taken from a running database needs.
  await client.query("SELECT 1");
  await client.close();
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
  /** Where a pooled connection's failure is told; stderr without it. */
  onPoolError?: (line: string) => void;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    // Connections stay open once made: a fresh PostgreSQL backend spends tens of milliseconds
    // on its first PostGIS queries, and a pool that had shrunk in a quiet spell would pay that
    // on every connection it reopens at the start of a surge of calls.
    // A database that stops answering fails a request in 5 s (503) rather than holding it.
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolSize ?? 20,
      idleTimeoutMillis: 0,
      connectionTimeoutMillis: 5_000,
    });
    pool.on("error", (err) => (opts.onPoolError ?? console.error)(`postgres pool error: ${err.message}`));
    const db = drizzlePostgres(pool, { schema });
    return { db, kind: "postgres", close: () => pool.end() };
  }
  const client = await PGlite.create({ dataDir: opts.dataDir, extensions });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    close: () => client.close(),
    // Taken inside a transaction of its own: PGlite runs one at a time, so no other write is
    // half done while the files are read.
    dump: async () => {
      await client.exec("CHECKPOINT");
      return client.transaction(() => client.dumpDataDir("gzip"));
    },
  };
}
