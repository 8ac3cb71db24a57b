import type { Role } from "@/lib/auth/roles";

export interface TestUser {
  role: Role;
  email: string;
  password: string;
  token: string;
  stationCode?: string;
}

/** What the global setup leaves for every test file: the templates and their accounts. */
export interface TestFixture {
  pgliteTemplate: string;
  postgresTemplate: string | null;
  users: Record<string, TestUser>;
}

export const TEST_AUTH_SECRET = "test-secret-not-for-production-0123456789abcdef";
export const TEST_SEED_CAMERAS = 5_000;
export const testStations = { polsek: "POLSEK-3173060", polsekOther: "POLSEK-3171010" } as const;

/** One account per role, and a second polsek officer at another station. */
export const testAccounts: { key: string; role: Role; stationCode?: string }[] = [
  { key: "operator", role: "operator" },
  { key: "dispatcher", role: "dispatcher" },
  { key: "polsek", role: "polsek", stationCode: testStations.polsek },
  { key: "polsekOther", role: "polsek", stationCode: testStations.polsekOther },
  { key: "supervisor", role: "supervisor" },
  { key: "monitor", role: "monitor" },
  { key: "admin", role: "admin" },
];
