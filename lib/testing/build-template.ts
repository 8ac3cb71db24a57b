import { sql } from "drizzle-orm";

import { getDb } from "@/db";
import { getDatabase } from "@/db";
import { apikey } from "@/db/schema";
import { createApiToken, createUser } from "@/lib/auth/create-user";
import { recomputeCoverage } from "@/lib/coverage/recompute-coverage";
import { openConsoleDatabase, quietLog } from "@/lib/server/open-console-database";

import { testAccounts, type TestUser } from "./fixture";

// Makes a test template: migrated, seeded, and with the accounts of lib/testing/fixture.
// Given TEST_USERS (from the PGlite template) it recreates the same accounts and tokens.
const given = process.env.TEST_USERS ? (JSON.parse(process.env.TEST_USERS) as Record<string, TestUser>) : null;
await openConsoleDatabase(quietLog);
// The blind-spot grid too: a console started on a copy then has it, and does not count it again.
await recomputeCoverage(getDb());
const users: Record<string, TestUser> = {};
for (const a of testAccounts) {
  const password = given?.[a.key]?.password ?? `pw-${a.key}-${Math.random().toString(36).slice(2)}`;
  const email = `${a.key.toLowerCase()}@test.siaga112.id`;
  const { id } = await createUser({ email, password, role: a.role, stationCode: a.stationCode, name: `Test ${a.key}` });
  let token = await createApiToken(id, "test");
  if (given?.[a.key]) {
    // Keep the PGlite template's token: swap the stored hash for the one of the known key.
    const hashed = (await import("@better-auth/api-key")).defaultKeyHasher(given[a.key]!.token);
    await getDb()
      .update(apikey)
      .set({ key: await hashed })
      .where(sql`reference_id = ${id}`);
    token = given[a.key]!.token;
  }
  users[a.key] = { role: a.role, email, password, token, ...(a.stationCode ? { stationCode: a.stationCode } : {}) };
}
await getDatabase().close();
process.stdout.write(`\n${JSON.stringify(users)}\n`);
