import { createAdapter } from "@socket.io/postgres-adapter";
import pg from "pg";

import { logger } from "@/lib/logging/logger";

// socket.io's PostgreSQL adapter (LISTEN/NOTIFY) on a small pool of its own: one connection
// stays in LISTEN, the rest publish. The console's own pool stays for its queries.
export function createPostgresAdapter(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 3, idleTimeoutMillis: 0 });
  pool.on("error", (err) => logger().error({ err }, "realtime adapter pool error"));
  return {
    adapter: createAdapter(pool, { errorHandler: (err) => logger().error({ err }, "realtime adapter") }),
    close: () => pool.end(),
  };
}
