import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roles, type Role, screens, type ScreenPath } from "@/lib/auth/roles";
import { startConsole, type RunningConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

// Every route and every page against every role: what a role may not do answers 401 or 403
// (pages: a redirect to the role's own home) and changes nothing.
interface RouteCase { method: "GET" | "POST"; path: string; json?: unknown; allowed: readonly Role[] | "public" }

const all = roles;
const routeCases = (stationIds: { own: number; other: number }): RouteCase[] => [
  { method: "GET", path: "/api/health", allowed: "public" },
  { method: "GET", path: "/api/openapi.json", allowed: "public" },
  { method: "GET", path: "/api/events?after=0", allowed: all },
  { method: "GET", path: "/api/cameras/near?lat=-6.1754&lon=106.8272", allowed: all },
  { method: "GET", path: "/api/geo/locate?lat=-6.1754&lon=106.8272", allowed: all },
  { method: "GET", path: "/api/map/areas", allowed: all },
  { method: "GET", path: "/api/map/stations", allowed: all },
  { method: "GET", path: "/api/map/cameras", allowed: all },
  // Toggled twice by each allowed role below, so the station ends as it started.
  { method: "POST", path: `/api/stations/${stationIds.own}/staffing`, json: { staffed: false }, allowed: ["dispatcher", "polsek", "supervisor", "admin"] },
  { method: "POST", path: `/api/stations/${stationIds.other}/staffing`, json: { staffed: false }, allowed: ["dispatcher", "supervisor", "admin"] },
];

describe.each(testDatabaseKinds())("role access on %s", (kind) => {
  let c: RunningConsole;
  let cases: RouteCase[];
  const userKey: Record<Role, string> = { operator: "operator", dispatcher: "dispatcher", polsek: "polsek", supervisor: "supervisor", monitor: "monitor", admin: "admin" };

  beforeAll(async () => {
    c = await startConsole(kind);
    const { stations } = (await (await c.api("/api/map/stations", { as: "admin" })).json()) as { stations: { id: number; code: string }[] };
    const idOf = (code: string) => stations.find((s) => s.code === code)!.id;
    cases = routeCases({ own: idOf(c.users.polsek!.stationCode!), other: idOf(c.users.polsekOther!.stationCode!) });
  });
  afterAll(async () => { await c?.stop(); });

  const eventCount = async () => ((await (await c.api("/api/events?after=0&limit=5000", { as: "admin" })).json()) as { events: unknown[] }).events.length;

  it("answers 401 to every protected route without a session or token, and 401 to a bad token", async () => {
    for (const rc of cases.filter((r) => r.allowed !== "public")) {
      const anonymous = await c.api(rc.path, { method: rc.method, json: rc.json });
      expect(anonymous.status, `${rc.method} ${rc.path}`).toBe(401);
      expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
      const forged = await c.api(rc.path, { method: rc.method, json: rc.json, headers: { authorization: "Bearer siaga_forged" } });
      expect(forged.status, `${rc.method} ${rc.path} with a forged token`).toBe(401);
    }
  });

  it("lets each role do exactly what it may, and a refusal changes nothing", async () => {
    for (const rc of cases) {
      for (const role of roles) {
        const before = await eventCount();
        const allowed = rc.allowed === "public" || rc.allowed.includes(role);
        const res = await c.api(rc.path, { method: rc.method, json: rc.json, as: userKey[role] });
        if (allowed) {
          expect(res.status, `${role} ${rc.method} ${rc.path}`).toBeLessThan(300);
          if (rc.method === "POST") {
            const back = await c.api(rc.path, { method: "POST", json: { staffed: true }, as: userKey[role] });
            expect(back.status).toBe(200);
          }
        } else {
          expect(res.status, `${role} ${rc.method} ${rc.path}`).toBe(403);
          expect(((await res.json()) as { error: { code: string } }).error.code).toBe("forbidden");
          expect(await eventCount()).toBe(before);
        }
      }
    }
  });

  it("serves each page to its roles and sends every other role to its own home", async () => {
    for (const path of Object.keys(screens) as ScreenPath[]) {
      const anonymous = await c.api(path, { redirect: "manual" });
      expect(anonymous.status, `anonymous ${path}`).toBe(307);
      expect(anonymous.headers.get("location")).toContain("/sign-in");
      for (const role of roles) {
        const res = await c.api(path, { as: userKey[role], redirect: "manual" });
        const allowed = (screens[path] as readonly Role[]).includes(role);
        expect(res.status, `${role} ${path}`).toBe(allowed ? 200 : 307);
      }
    }
  });
});
