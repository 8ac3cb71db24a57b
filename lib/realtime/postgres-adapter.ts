import { createAdapter } from "@socket.io/postgres-adapter";
import pg from "pg";

import { logger } from "@/lib/logging/logger";

// The adapter's channel for the main namespace (its default prefix, then the namespace).
const CHANNEL = "socket.io#/";

// socket.io's PostgreSQL adapter (LISTEN/NOTIFY): a small pool publishes, and one connection of
// its own stays in LISTEN. The console's own pool stays for its queries. What the other
// processes published while the listening connection was down never arrives: once it listens
// again, `relinked` is told, so that this process's clients fetch what they missed.
export function createPostgresAdapter(databaseUrl: string, relinked: () => void) {
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
  let listened = false;
  const listenOn = {
    query: pool.query.bind(pool),
    connect: async () => {
      const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
      client.on("error", (err) => log.warn({ err }, "realtime adapter lost its database connection"));
      try {
        await client.connect();
        // Listening before the adapter does (it listens again, harmlessly): the clients' fetch
        // then cannot fall between what they fetch and what is heard.
        await client.query(`LISTEN "${CHANNEL}"`);
      } catch (error) {
        await client.end().catch(() => {});
        throw error;
      }
      if (listened) relinked();
      listened = true;
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
