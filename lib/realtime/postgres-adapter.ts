import { createAdapter } from "@socket.io/postgres-adapter";
import pg from "pg";

// socket.io's PostgreSQL adapter (LISTEN/NOTIFY) on a small pool of its own: one connection
// stays in LISTEN, the rest publish. The console's own pool stays for its queries.
export function createPostgresAdapter(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 3, idleTimeoutMillis: 0 });
  pool.on("error", (err) => console.error("realtime adapter pool error:", err.message));
  return {
    adapter: createAdapter(pool, { errorHandler: (err) => console.error("realtime adapter:", err.message) }),
    close: () => pool.end(),
  };
}
