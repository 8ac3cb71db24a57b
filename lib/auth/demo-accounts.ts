import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { getDb } from "@/db";
import { countUsers } from "@/db/queries/users";
import { env } from "@/lib/env";

import type { createUser as CreateUserFn } from "./create-user";
import { type Role, roles } from "./roles";

type CreateUser = typeof CreateUserFn;

export interface DemoAccount {
  role: Role;
  email: string;
  password: string;
  station?: string;
}

const demoFile = () => path.join(env.DATA_DIR, "demo-accounts.json");
const DEMO_STATION = "POLSEK-3173060"; // Polsek Menteng

export const isDemo = () => fs.existsSync(demoFile());

export function readDemoAccounts(): DemoAccount[] {
  try {
    return JSON.parse(fs.readFileSync(demoFile(), "utf8")) as DemoAccount[];
  } catch {
    return [];
  }
}

// The first admin comes from ADMIN_EMAIL / ADMIN_PASSWORD. Without them, an embedded console
// with no users gets one demo account per role, with random passwords kept (mode 0600) in the
// data folder so that each start can print them.
export async function ensureAccounts(embedded: boolean): Promise<DemoAccount[]> {
  const existing = await countUsers(getDb());
  // Loaded only when an account is to be made: better-auth is slow to load.
  const createUser = async (input: Parameters<CreateUser>[0]) => (await import("./create-user")).createUser(input);
  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
    if (existing === 0) await createUser({ email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, role: "admin" });
    return [];
  }
  if (!embedded) return [];
  if (existing > 0) return readDemoAccounts();
  const accounts: DemoAccount[] = roles.map((role) => ({
    role,
    email: `${role}@demo.siaga112.id`,
    password: randomBytes(9).toString("base64url"),
    ...(role === "polsek" ? { station: DEMO_STATION } : {}),
  }));
  for (const a of accounts)
    await createUser({
      email: a.email,
      password: a.password,
      role: a.role,
      stationCode: a.station,
      name: `Demo ${a.role}`,
    });
  fs.writeFileSync(demoFile(), JSON.stringify(accounts, null, 2), { mode: 0o600 });
  return accounts;
}
