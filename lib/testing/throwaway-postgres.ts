import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { freePort } from "./free-port";
import type { TestDatabase } from "./test-databases";

const exec = promisify(execFile);
const ROOT = "/usr/lib/postgresql";

/** The newest installed PostgreSQL's server programs (initdb, pg_ctl), or null without them. */
export function postgresBinDir(): string | null {
  if (!fs.existsSync(ROOT)) return null;
  const versions = fs
    .readdirSync(ROOT)
    .filter(
      (v) => fs.existsSync(path.join(ROOT, v, "bin", "initdb")) && fs.existsSync(path.join(ROOT, v, "bin", "pg_ctl")),
    )
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(ROOT, versions[0], "bin") : null;
}

export interface ThrowawayPostgres {
  /** The server's `postgres` database; `urlOf(name)` for another. */
  url: string;
  urlOf: (database: string) => string;
  /** pg_ctl stop: `fast` ends every session as an administrator's restart does. */
  stop: (mode?: "fast" | "immediate") => Promise<void>;
  start: () => Promise<void>;
  /** Stops it and removes its folder. */
  destroy: () => Promise<void>;
}

// A PostgreSQL server of the test's own, in a temporary folder on a free port, so that a test
// can stop and start it (an outage) without touching the machine's shared cluster. initdb
// refuses to run as root: as root the server runs as the `postgres` account, in a folder it owns.
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error(`No PostgreSQL server programs under ${ROOT}.`);
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? (await exec("id", ["-u", "postgres"])).stdout.trim() : null;
  const run = (program: string, args: string[]) =>
    asRoot
      ? exec("runuser", ["-u", "postgres", "--", path.join(bin, program), ...args])
      : exec(path.join(bin, program), args);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siaga-pg-"));
  if (owner) fs.chownSync(dir, Number(owner), Number(owner));
  const data = path.join(dir, "data");
  await run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"]);

  let port = 0;
  const start = async () => {
    await run("pg_ctl", [
      "-D",
      data,
      "-l",
      path.join(dir, "server.log"),
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
      "-w",
      "-t",
      "30",
      "start",
    ]);
  };
  // Another program may take the free port before the server listens: then another port.
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    try {
      await start();
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const stop = async (mode: "fast" | "immediate" = "fast") => {
    await run("pg_ctl", ["-D", data, "-m", mode, "-w", "-t", "30", "stop"]);
  };
  return {
    url: urlOf("postgres"),
    urlOf,
    stop,
    start,
    destroy: async () => {
      await stop("immediate").catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A copy of a database of the shared test server (the migrated, seeded template) as `name` on
 * the throwaway server, as a TestDatabase a console can be started on (`startConsole(kind, env,
 * { database })`).
 */
export async function copyIntoThrowaway(from: string, server: ThrowawayPostgres, name: string): Promise<TestDatabase> {
  const bin = postgresBinDir()!;
  const admin = new URL(server.url);
  await exec(path.join(bin, "psql"), [server.url, "-qc", `CREATE DATABASE ${name}`]);
  // pg_dump's custom format straight into pg_restore: no file, extensions (PostGIS) included.
  const dump = spawn(path.join(bin, "pg_dump"), ["-Fc", from], { stdio: ["ignore", "pipe", "pipe"] });
  const restore = spawn(path.join(bin, "pg_restore"), ["--no-owner", "-d", server.urlOf(name)], {
    stdio: ["pipe", "ignore", "pipe"],
  });
  dump.stdout.pipe(restore.stdin);
  const errors: string[] = [];
  dump.stderr.on("data", (c: Buffer) => errors.push(String(c)));
  restore.stderr.on("data", (c: Buffer) => errors.push(String(c)));
  const exited = (p: ReturnType<typeof spawn>) =>
    new Promise<number | null>((resolve) => p.once("exit", (code) => resolve(code)));
  const [dumped, restored] = await Promise.all([exited(dump), exited(restore)]);
  if (dumped !== 0 || restored !== 0) throw new Error(`Copy into ${admin.host} failed: ${errors.join("")}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "siaga-pg-console-"));
  return {
    kind: "postgres",
    env: { DATA_DIR: dataDir, DATABASE_URL: server.urlOf(name) },
    drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}
