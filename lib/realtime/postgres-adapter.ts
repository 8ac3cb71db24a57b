import { createAdapter } from "@socket.io/postgres-adapter";
import pg from "pg";

import { logger } from "@/lib/logging/logger";

// socket.io's PostgreSQL adapter (LISTEN/NOTIFY): a small pool publishes, and one connection of
// its own stays in LISTEN. The console's own pool stays for its queries.
export function createPostgresAdapter(databaseUrl: string) {
  const log = logger();
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 3,
    idleTimeoutMillis: 0,
    connectionTimeoutMillis: 5_000,
  });
  pool.on("error", (err) => log.warn({ err }, "realtime adapter pool error"));
  // The adapter takes its listening connection from the pool and keeps it. Taken from a pool,
  // that connection has no 'error' listener once handed out: when the server goes away (a
  // restart), the error it raises is uncaught, and the 'end' the adapter waits for to listen
  // again is never emitted, so broadcasts from the other processes stop for good; and its slot
  // in the pool is never given back. So the listening connection is a client of its own, with
  // its errors heard: its end then comes, and the adapter connects and listens again by itself.
  const listenOn = {
    query: pool.query.bind(pool),
    connect: async () => {
      const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
      client.on("error", (err) => log.warn({ err }, "realtime adapter lost its database connection"));
      try {
        await client.connect();
      } catch (error) {
        await client.end().catch(() => {});
        throw error;
      }
      return Object.assign(client, { release: () => void client.end().catch(() => {}) });
    },
  };
  return {
    // The adapter uses only connect() (with release()) and query() of the pool it is given.
    adapter: createAdapter(listenOn as unknown as pg.Pool, {
      errorHandler: (err) => log.warn({ err }, "realtime adapter"),
    }),
    close: () => pool.end(),
  };
}
