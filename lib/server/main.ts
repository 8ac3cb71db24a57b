import { createServer } from "node:http";

import next from "next";

import { startIdempotencyKeySweep } from "@/lib/api/idempotency";
import { ensureAccounts } from "@/lib/auth/demo-accounts";
import { startHandlingTimeoutSweep } from "@/lib/calls/release-stale-calls";
import { startEscalationSweep } from "@/lib/dispatch/escalate-overdue-assignments";
import { env, twilioConfigured } from "@/lib/env";
import { setRealtimeServer } from "@/lib/realtime/broadcast";
import { createSocketServer } from "@/lib/realtime/create-socket-server";
import { createPostgresAdapter } from "@/lib/realtime/postgres-adapter";

import { lockDataDir } from "./data-dir-lock";
import { answerClientError, limitRequestBody, MAX_HEADER_BYTES } from "./limit-request";
import { openConsoleDatabase } from "./open-console-database";

// One process serves the Next.js console and socket.io on one port.
const started = Date.now();
const log = (line: string) => env.LOG_LEVEL !== "silent" && console.log(`[siaga] ${line}`);

const unlock = env.DATABASE_URL ? () => {} : lockDataDir(env.DATA_DIR);
// Next.js and the database do not need each other to get ready: both at once.
const app = next({ dev: env.NODE_ENV === "development", dir: process.cwd(), hostname: "localhost", port: env.PORT });
const [database] = await Promise.all([openConsoleDatabase(log), app.prepare()]);
const demo = await ensureAccounts(database.kind === "pglite");
const handle = app.getRequestHandler();

const httpServer = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
  if (env.INSTANCE_ID) res.setHeader("x-console-instance", env.INSTANCE_ID);
  if (limitRequestBody(req, res)) void handle(req, res);
});
// A port already taken (another console, another program) is a failed start, said at once.
httpServer.on("error", (error) => {
  console.error(`[siaga] cannot listen on ${env.HOST}:${env.PORT}: ${error.message}`);
  process.exit(1);
});
httpServer.on("clientError", answerClientError);
const cluster =
  env.REALTIME_ADAPTER === "postgres" && env.DATABASE_URL ? createPostgresAdapter(env.DATABASE_URL) : null;
const io = createSocketServer(httpServer, {
  db: database.db,
  adapter: cluster?.adapter,
  // better-auth takes about a second to load: the first socket pays for it, not the start.
  authenticate: async ({ token, headers }) => {
    const { userFromApiKey, userFromHeaders } = await import("@/lib/auth/current-user");
    return token ? userFromApiKey(token) : userFromHeaders(headers);
  },
});
setRealtimeServer(io);
// No answered call stays with a call-taker for ever: unfinished ones go back to the queue.
const sweep = startHandlingTimeoutSweep(
  database.db,
  { timeoutSeconds: env.CALL_HANDLING_TIMEOUT_SECONDS, keepBridged: twilioConfigured() },
  log,
);
const idempotencySweep = startIdempotencyKeySweep(database.db, log);
// No job waits unseen for an acknowledgement: past its deadline, the dispatchers are alerted.
const escalationSweep = startEscalationSweep(database.db, env.ACK_TIMEOUT_SECONDS, log);

httpServer.listen(env.PORT, env.HOST, () => {
  log(
    `Jakarta Siaga 112 console on http://localhost:${env.PORT} (${database.kind}${cluster ? ", realtime shared through PostgreSQL" : ""}, ready in ${Date.now() - started} ms)`,
  );
  if (demo.length) {
    log("Demo accounts (embedded database, no ADMIN_EMAIL set):");
    for (const a of demo) log(`  ${a.role.padEnd(10)} ${a.email}  ${a.password}${a.station ? `  (${a.station})` : ""}`);
  }
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: closing`);
  sweep.stop();
  idempotencySweep.stop();
  escalationSweep.stop();
  void io.close();
  httpServer.close();
  await cluster?.close();
  await database.close();
  unlock();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
