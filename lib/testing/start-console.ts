import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";

import { io, type Socket } from "socket.io-client";
import { inject } from "vitest";

import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";

import { TEST_AUTH_SECRET } from "./fixture";
import { freePort } from "./free-port";
import { copyTemplate, type TestDatabase, type TestDatabaseKind } from "./test-databases";

export interface RunningConsole {
  url: string;
  /** The console's process, to read its memory or signal it. */
  pid: number;
  kind: TestDatabaseKind;
  database: TestDatabase;
  users: ReturnType<typeof inject<"fixture">>["users"];
  /** fetch against the console as one of the fixture's users (by Bearer token), or anonymously. */
  api: (path: string, init?: RequestInit & { as?: string; json?: unknown }) => Promise<Response>;
  /** The `data` of a successful answer; any other answer fails the test with its status and body. */
  data: <T>(path: string, init?: RequestInit & { as?: string; json?: unknown }) => Promise<T>;
  socket: (as: string) => Socket<ServerToClientEvents, ClientToServerEvents>;
  /** SIGTERM; its database is dropped too unless kept (to open it again, as a restore or a job does). */
  stop: (opts?: { keepDatabase?: boolean }) => Promise<void>;
  /** Everything the console wrote to stdout and stderr so far (its log). */
  output: () => string;
  /** SIGKILL, as a crash or a power cut would end it: nothing is closed, nothing flushed. */
  kill: () => Promise<void>;
}

// The real console (`lib/server/main.ts` over the production build) on a private copy of the
// test template, as its own process, like `npm start` runs it; or, given `sharing`, another
// process on that console's database (beside it on PostgreSQL, after it on PGlite), which the
// first one drops when it stops. A test that prepares a copy of the template itself passes
// `{ database }` as `sharing`, and drops it.
export async function startConsole(
  kind: TestDatabaseKind,
  extraEnv: Record<string, string> = {},
  sharing?: Pick<RunningConsole, "database">,
): Promise<RunningConsole> {
  const fixture = inject("fixture");
  const db =
    sharing?.database ??
    (await copyTemplate(kind, { pglite: fixture.pgliteTemplate, postgres: fixture.postgresTemplate }));
  // Test files run side by side: a free port can be taken by another file's console before this
  // one listens. The console then exits, and it is started again on another port; the health
  // check knows its own console by the instance id, never mistaking the other for it.
  let started: { url: string; child: ChildProcess } | null = null;
  for (let attempt = 1; !started; attempt++) {
    // A test that must know the port before the console starts (to list it in a setting) gives it.
    const port = extraEnv.PORT ? Number(extraEnv.PORT) : await freePort();
    const url = `http://127.0.0.1:${port}`;
    const instance = randomBytes(6).toString("hex");
    const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "lib/server/main.ts"], {
      env: {
        ...process.env,
        ...db.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        PUBLIC_BASE_URL: url,
        NODE_ENV: "production",
        AUTH_SECRET: TEST_AUTH_SECRET,
        LOG_LEVEL: "silent",
        INSTANCE_ID: instance,
        ...extraEnv,
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    // Passed on as before, and kept for a test that reads the log.
    const chunks: Buffer[] = [];
    child.stdout!.on("data", (c: Buffer) => (chunks.push(c), process.stdout.write(c)));
    child.stderr!.on("data", (c: Buffer) => (chunks.push(c), process.stderr.write(c)));
    outputs.set(child, chunks);
    const healthy = await waitForHealth(url, child, instance);
    if (healthy) started = { url, child };
    else if (extraEnv.PORT || attempt >= 3)
      throw new Error(`The console exited with code ${child.exitCode} before it was healthy.`);
  }
  const { url, child } = started;
  const sockets: Socket[] = [];
  const api: RunningConsole["api"] = (path, init = {}) => {
    const { as, json, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (as) headers.set("authorization", `Bearer ${fixture.users[as]!.token}`);
    if (json !== undefined) headers.set("content-type", "application/json");
    return fetch(`${url}${path}`, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body });
  };
  return {
    url,
    pid: child.pid!,
    kind,
    database: db,
    users: fixture.users,
    api,
    data: async <T>(path: string, init?: Parameters<RunningConsole["api"]>[1]) => {
      const res = await api(path, init);
      const text = await res.text();
      if (!res.ok) throw new Error(`${init?.method ?? "GET"} ${path}: ${res.status} ${text}`);
      return (JSON.parse(text) as { data: T }).data;
    },
    socket: (as) => {
      const s = io(url, {
        auth: { token: fixture.users[as]!.token },
        transports: ["websocket"],
        forceNew: true,
        reconnection: false,
      });
      sockets.push(s);
      return s;
    },
    output: () => Buffer.concat(outputs.get(child) ?? []).toString("utf8"),
    stop: async (opts) => {
      for (const s of sockets) s.close();
      await stopProcess(child);
      if (!sharing && !opts?.keepDatabase) await db.drop();
    },
    kill: async () => {
      for (const s of sockets) s.close();
      await killProcess(child);
    },
  };
}

const outputs = new WeakMap<ChildProcess, Buffer[]>();

/** True once this console (by its instance id) is healthy; false when it exited first. */
async function waitForHealth(url: string, child: ChildProcess, instance: string): Promise<boolean> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok && res.headers.get("x-console-instance") === instance) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The console at ${url} was not healthy within 90 s.`);
}

async function killProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.kill(-child.pid, "SIGKILL");
  await exited;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // Its last log lines (written as it stops) are read to the end too, unless something else
  // holds the pipe open.
  const drained = new Promise<void>((resolve) => {
    if (!child.stdout || child.stdout.closed) return resolve();
    child.stdout.once("close", () => resolve());
    setTimeout(resolve, 12_000).unref();
  });
  process.kill(-child.pid, "SIGTERM");
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
  await drained;
}
