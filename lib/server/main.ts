import { createServer } from "node:http";
import path from "node:path";

import next from "next";

import { coverageMissing } from "@/db/queries/coverage";
import { startIdempotencyKeySweep } from "@/lib/api/idempotency";
import { ensureAccounts } from "@/lib/auth/demo-accounts";
import { answerBackupRequests } from "@/lib/backup/backup-request";
import { startRetentionSweep } from "@/lib/calls/apply-retention";
import { startHandlingTimeoutSweep } from "@/lib/calls/release-stale-calls";
import { startCameraHealthSweep } from "@/lib/cameras/camera-health";
import { scheduleCoverage } from "@/lib/coverage/schedule-coverage";
import { startEscalationSweep } from "@/lib/dispatch/escalate-overdue-assignments";
import { baseUrl, env, mapStyleOrigin, twilioConfigured } from "@/lib/env";
import { logger } from "@/lib/logging/logger";
import { createRefusalCount } from "@/lib/logging/refusal-count";
import { setRealtimeServer } from "@/lib/realtime/broadcast";
import { createSocketServer } from "@/lib/realtime/create-socket-server";
import { startSessionSocketSweep } from "@/lib/realtime/cut-ended-sessions";
import { createPostgresAdapter } from "@/lib/realtime/postgres-adapter";
import { startTrainingSweep } from "@/lib/training/training-sweep";

import { lockDataDir } from "./data-dir-lock";
import { answerClientError, limitRequestBody, MAX_HEADER_BYTES } from "./limit-request";
import { openConsoleDatabase } from "./open-console-database";
import { refusePageRequest } from "./page-methods";
import { newNonce, securityHeaders } from "./security-headers";
import { createApiRouteServer } from "./serve-api-routes";

// One process serves the Next.js console and socket.io on one port.
const started = Date.now();
const log = logger();

const unlock = env.DATABASE_URL ? () => {} : lockDataDir(env.DATA_DIR);
// Next.js and the database do not need each other to get ready: both at once.
const app = next({ dev: env.NODE_ENV === "development", dir: process.cwd(), hostname: "localhost", port: env.PORT });
const [database] = await Promise.all([openConsoleDatabase(log), app.prepare()]);
const demo = await ensureAccounts(database.kind === "pglite");
const handle = app.getRequestHandler();
const serveApi = createApiRouteServer(path.join(process.cwd(), "app"), (err) => log.error({ err }, "route failed"));

const security = {
  https: baseUrl().startsWith("https:"),
  dev: env.NODE_ENV === "development",
  mapOrigin: mapStyleOrigin(),
};
const apiSecurityHeaders = securityHeaders(null, security);

// A refusal is the client's affair: counted, and summed up once a minute, never an error line.
const refusals = createRefusalCount();
const logRefusals = () => {
  const counts = refusals.take();
  if (Object.keys(counts).length) log.info({ refusals: counts }, "requests refused");
};
const refusalSummary = setInterval(logRefusals, 60_000);
refusalSummary.unref();

const httpServer = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
  if (env.INSTANCE_ID) res.setHeader("x-console-instance", env.INSTANCE_ID);
  // A nonce is for a page's scripts; the API's answers share one policy that allows none.
  const headers = req.url?.startsWith("/api/") ? apiSecurityHeaders : securityHeaders(newNonce(), security);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  // Next.js reads the nonce from the request's copy of the policy (as a proxy would pass it).
  req.headers["content-security-policy"] = headers["content-security-policy"];
  res.once("finish", () => {
    const status = res.statusCode;
    // The path only: a query string may carry a search for a caller's number.
    const path = (req.url ?? "").split("?")[0];
    if (status >= 500) log.error({ method: req.method, path, status }, "request failed");
    else if (status >= 400) {
      refusals.add(status);
      log.debug({ method: req.method, path, status }, "request refused");
    }
  });
  if (refusePageRequest(req, res)) return;
  if (!limitRequestBody(req, res)) return;
  if (!req.url?.startsWith("/api/")) return void handle(req, res);
  void serveApi(req, res).then((served) => {
    if (!served) void handle(req, res);
  });
});
// A port already taken (another console, another program) is a failed start, said at once.
httpServer.on("error", (error) => {
  log.fatal(`cannot listen on ${env.HOST}:${env.PORT}: ${error.message}`);
  process.exit(1);
});
httpServer.on("clientError", answerClientError);
const cluster =
  env.REALTIME_ADAPTER === "postgres" && env.DATABASE_URL
    ? createPostgresAdapter(env.DATABASE_URL, () => io.local.emit("event:resync"))
    : null;
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
// A socket whose session has ended (idle, locked, signed out) is closed within a fifth of the
// idle time (at most 10 s): the screen left behind hears nothing more.
const sessionSweep = startSessionSocketSweep(
  io,
  database.db,
  Math.max(1, Math.min(10, Math.floor(env.SESSION_IDLE_SECONDS / 5))) * 1000,
  (err) => log.warn({ err }, "session socket sweep"),
);
// No answered call stays with a call-taker for ever: unfinished ones go back to the queue.
const sweep = startHandlingTimeoutSweep(
  database.db,
  { timeoutSeconds: env.CALL_HANDLING_TIMEOUT_SECONDS, keepBridged: twilioConfigured() },
  (line) => log.info(line),
);
const idempotencySweep = startIdempotencyKeySweep(database.db, (line) => log.warn(line));
// `npm run backup` asks this process for the copy of the embedded database it holds.
if (database.dump) answerBackupRequests(env.DATA_DIR, database.dump, log);
const retentionSweep = startRetentionSweep(database.db, env.CALL_RETENTION_DAYS, log);
// No job waits unseen for an acknowledgement: past its deadline, the dispatchers are alerted.
const escalationSweep = startEscalationSweep(database.db, env.ACK_TIMEOUT_SECONDS, (line) => log.warn(line));
// Training calls ring when due (their schedule is in the database) and are scored when settled.
const trainingSweep = startTrainingSweep(database.db, (line) => log.warn(line));
// A camera whose recorder stops sending heartbeats is marked offline, as an event.
// The blind-spot grid, counted once for a registry that has none yet (later changes count it again).
void coverageMissing(database.db).then(async (missing) => {
  if (missing) await scheduleCoverage(database.db, (e) => log.warn(`coverage failed: ${String(e)}`));
});
const cameraHealthSweep = startCameraHealthSweep(database.db, env.CAMERA_OFFLINE_AFTER_SECONDS, (line) =>
  log.warn(line),
);

httpServer.listen(env.PORT, env.HOST, () => {
  log.info(
    `Jakarta Siaga 112 console on http://localhost:${env.PORT} (${database.kind}${cluster ? ", realtime shared through PostgreSQL" : ""}, ready in ${Date.now() - started} ms)`,
  );
  if (demo.length) {
    log.info({ accounts: demo.map((a) => a.email) }, `demo accounts (embedded database, no ADMIN_EMAIL set)`);
    // Passwords never go to the log: only to a person at the terminal (they are also kept, 0600,
    // in the data folder).
    if (process.stdout.isTTY)
      for (const a of demo)
        process.stdout.write(
          `  ${a.role.padEnd(10)} ${a.email}  ${a.password}${a.station ? `  (${a.station})` : ""}\n`,
        );
    else log.info(`demo passwords: in ${env.DATA_DIR}/demo-accounts.json`);
  }
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: closing`);
  clearInterval(refusalSummary);
  logRefusals();
  sweep.stop();
  sessionSweep.stop();
  idempotencySweep.stop();
  escalationSweep.stop();
  trainingSweep.stop();
  cameraHealthSweep.stop();
  retentionSweep.stop();
  void io.close();
  httpServer.close();
  await cluster?.close();
  await database.close();
  unlock();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
