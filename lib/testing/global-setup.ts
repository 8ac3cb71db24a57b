import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import type { TestProject } from "vitest/node";

import { TEST_AUTH_SECRET, TEST_SEED_CAMERAS, type TestFixture, type TestUser } from "./fixture";
import { dropPostgresDatabase, recreatePostgresDatabase } from "./test-databases";

// The integration and browser projects both name this file, and Vitest runs a project's
// global setup once per project: the first builds the templates, the second shares them, and
// the last to finish tears them down. Both run in Vitest's one main process.
const shared = globalThis as {
  siagaFixture?: Promise<{ fixture: TestFixture; teardown: () => Promise<void> }>;
  siagaFixtureUsers?: number;
};

// Builds the migrated, seeded template of each database once per run, with one account and
// API token per role, before any test file starts.
export default async function setup(project: TestProject) {
  shared.siagaFixtureUsers = (shared.siagaFixtureUsers ?? 0) + 1;
  const { fixture, teardown } = await (shared.siagaFixture ??= buildFixture());
  project.provide("fixture", fixture);
  return async () => {
    shared.siagaFixtureUsers = (shared.siagaFixtureUsers ?? 1) - 1;
    if (shared.siagaFixtureUsers > 0) return;
    shared.siagaFixture = undefined;
    await teardown();
  };
}

async function buildFixture(): Promise<{ fixture: TestFixture; teardown: () => Promise<void> }> {
  process.env.AUTH_SECRET = TEST_AUTH_SECRET;
  process.env.LOG_LEVEL = "silent";
  const root = path.resolve(".test-data");
  const version = templateVersion();
  const pgliteTemplate = path.join(root, `template-${version}`);
  fs.mkdirSync(root, { recursive: true });
  // Copies and templates left by interrupted or older runs go once they are an hour old, so
  // that runs side by side never lose each other's.
  for (const entry of fs.readdirSync(root)) {
    const p = path.join(root, entry);
    if (entry !== `template-${version}` && Date.now() - fs.statSync(p).mtimeMs > 3_600_000)
      fs.rmSync(p, { recursive: true, force: true });
  }

  // Built aside and renamed into place whole, so that runs side by side never see half a template.
  const usersFile = path.join(pgliteTemplate, "test-users.json");
  if (!fs.existsSync(usersFile)) {
    const building = `${pgliteTemplate}.building-${process.pid}`;
    fs.rmSync(building, { recursive: true, force: true });
    const built = await buildTemplate({ DATA_DIR: building });
    fs.writeFileSync(path.join(building, "test-users.json"), JSON.stringify(built));
    try {
      fs.renameSync(building, pgliteTemplate);
    } catch {
      fs.rmSync(building, { recursive: true, force: true }); // another run finished first: use its template
    }
  }
  const users = JSON.parse(fs.readFileSync(usersFile, "utf8")) as Record<string, TestUser>;

  let postgresTemplate: string | null = null;
  if (process.env.TEST_DATABASE_URL) {
    postgresTemplate = `siaga_template_${version}_${process.pid}`;
    const url = await recreatePostgresDatabase(postgresTemplate);
    // The same accounts, tokens included, so that one fixture serves both databases.
    await buildTemplate({ DATA_DIR: path.join(root, `pg-template-dir-${process.pid}`), DATABASE_URL: url }, users);
  }
  const fixture: TestFixture = { pgliteTemplate, postgresTemplate, users };
  return {
    fixture,
    teardown: async () => {
      if (postgresTemplate) await dropPostgresDatabase(postgresTemplate);
      fs.rmSync(path.join(root, `pg-template-dir-${process.pid}`), { recursive: true, force: true });
    },
  };
}

function templateVersion(): string {
  const hash = createHash("sha256");
  for (const dir of [
    "db/migrations",
    "db/queries",
    "lib/seed",
    "lib/cameras",
    "lib/coverage",
    "lib/stations",
    "lib/auth",
    "lib/testing",
  ]) {
    for (const f of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
      const p = path.join(dir, f);
      if (fs.statSync(p).isFile()) hash.update(p).update(fs.readFileSync(p));
    }
  }
  return hash.digest("hex").slice(0, 12);
}

// Runs in a child process: the database modules read their settings from the environment.
async function buildTemplate(
  env: Record<string, string>,
  users?: Record<string, TestUser>,
): Promise<Record<string, TestUser>> {
  const { execFileSync } = await import("node:child_process");
  const out = execFileSync(process.execPath, ["--import", "tsx", "lib/testing/build-template.ts"], {
    env: {
      ...process.env,
      ...env,
      SEED_CAMERAS: String(TEST_SEED_CAMERAS),
      ...(users ? { TEST_USERS: JSON.stringify(users) } : {}),
    },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").pop()!) as Record<string, TestUser>;
}

declare module "vitest" {
  export interface ProvidedContext {
    fixture: TestFixture;
  }
}
