import { randomBytes } from "node:crypto";
import fs from "node:fs";

import pg from "pg";

export type TestDatabaseKind = "pglite" | "postgres";

export const testDatabaseKinds = (): TestDatabaseKind[] =>
  process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  kind: TestDatabaseKind;
  /** For the console's environment: DATA_DIR or DATABASE_URL. */
  env: { DATA_DIR: string; DATABASE_URL?: string };
  drop: () => Promise<void>;
}

// A new PostGIS database costs 12 to 25 s on PGlite; a copy of the migrated, seeded template
// costs well under one.
export async function copyTemplate(
  kind: TestDatabaseKind,
  template: { pglite: string; postgres: string | null },
): Promise<TestDatabase> {
  const id = `${process.pid}_${randomBytes(4).toString("hex")}`;
  const dataDir = `${template.pglite}-copy-${id}`;
  if (kind === "pglite") {
    fs.cpSync(template.pglite, dataDir, { recursive: true });
    return { kind, env: { DATA_DIR: dataDir }, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `siaga_t_${id}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template.postgres}`));
      break;
    } catch (error) {
      // Two copies of one template at the same instant collide; the second waits its turn.
      if (attempt > 20 || !String(error).includes("being accessed")) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  fs.mkdirSync(dataDir, { recursive: true });
  return {
    kind,
    env: { DATA_DIR: dataDir, DATABASE_URL: withDatabase(process.env.TEST_DATABASE_URL!, name) },
    drop: async () => {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function recreatePostgresDatabase(name: string): Promise<string> {
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  return withDatabase(process.env.TEST_DATABASE_URL!, name);
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** Takes a PostgreSQL database away from the console: new connections refused, open ones ended. */
export async function refuseConnections(name: string): Promise<void> {
  await admin(async (client) => {
    await client.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await client.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [name],
    );
  });
}

/** Gives the database back after refuseConnections. */
export async function allowConnections(name: string): Promise<void> {
  await admin((client) => client.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`));
}
