import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openApiDocument } from "@/lib/api/openapi";
import { jsonRoutes } from "@/lib/api/routes";
import { type Role, roles, type ScreenPath, screens } from "@/lib/auth/roles";
import { cameraWatchers } from "@/lib/cameras/watch-roles";
import { footageRequesters } from "@/lib/footage/footage-roles";
import { recordReaders } from "@/lib/incidents/record-access";
import { auditRoles } from "@/lib/realtime/rooms";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

// Every route and every page against every role: what a role may not do answers 401 or 403
// (pages: a redirect to the role's own home) and changes nothing.
interface RouteCase {
  method: "GET" | "POST";
  path: string;
  json?: unknown;
  allowed: readonly Role[] | "public";
}

// One query that every route's schema can read (each keeps the keys it knows), an id that
// exists nowhere, and an empty body: the role gate answers before any of them is looked at.
const SAMPLE_QUERY = "lat=-6.1754&lon=106.8272&type=kebakaran&q=gambir&after=0&status=open";
const declaredCases = (): RouteCase[] =>
  jsonRoutes.map((r) => ({
    method: r.method,
    path: `${r.path.replace("{id}", "2147483647")}${r.method === "GET" ? `?${SAMPLE_QUERY}` : ""}`,
    json: r.method === "POST" ? {} : undefined,
    allowed: r.roles,
  }));
// Routes outside the declared JSON API, and a station's staffing, where a polsek officer may
// change their own station only. Toggled twice by each allowed role, so it ends as it began.
const otherCases = (stationIds: { own: number; other: number }): RouteCase[] => [
  { method: "GET", path: "/api/health", allowed: "public" },
  // Video and PDF routes outside the JSON API, gated the same way (an id that exists nowhere).
  { method: "GET", path: "/api/cameras/2147483647/live/index.m3u8", allowed: cameraWatchers },
  { method: "GET", path: "/api/cameras/2147483647/live/sealed-token", allowed: cameraWatchers },
  { method: "GET", path: "/api/cameras/2147483647/snapshot", allowed: cameraWatchers },
  { method: "GET", path: "/api/footage-requests/2147483647/letter.pdf", allowed: footageRequesters },
  { method: "GET", path: "/api/incidents/2147483647/record.pdf", allowed: recordReaders },
  // The camera layer's vector tiles are every role's map; a CSV of cameras is the admin's.
  { method: "GET", path: "/api/tiles/cameras/10/816/529", allowed: roles },
  { method: "GET", path: "/api/tiles/places/15/26107/16947", allowed: roles },
  { method: "POST", path: "/api/cameras/import", json: {}, allowed: ["admin"] },
  { method: "GET", path: "/api/openapi.json", allowed: "public" },
  // A training caller's spoken line: call-takers (its trainee only; any other call is a 404).
  { method: "GET", path: "/api/calls/2147483647/script/audio?line=0", allowed: ["operator", "supervisor"] },
  // The audit trail's and the incidents' CSV exports, gated like the trail itself.
  { method: "GET", path: "/api/audit.csv?action=auth.", allowed: auditRoles },
  {
    method: "GET",
    path: "/api/incidents.csv?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z",
    allowed: auditRoles,
  },
  {
    method: "POST",
    path: `/api/stations/${stationIds.own}/staffing`,
    json: { staffed: false },
    allowed: ["dispatcher", "polsek", "supervisor", "admin"],
  },
  {
    method: "POST",
    path: `/api/stations/${stationIds.other}/staffing`,
    json: { staffed: false },
    allowed: ["dispatcher", "supervisor", "admin"],
  },
];

// Twilio's webhooks answer to their signature, not to a role (see twilio-webhooks tests), and the
// caller's location link to its token (lib/calls/caller-location-link.integration.test.ts).
const NOT_BY_ROLE = ["/api/auth/{path}", "/api/twilio/voice", "/api/twilio/status", "/api/location/{token}"];

describe.each(testDatabaseKinds())("role access on %s", (kind) => {
  let c: RunningConsole;
  let cases: RouteCase[];
  const userKey: Record<Role, string> = {
    operator: "operator",
    dispatcher: "dispatcher",
    polsek: "polsek",
    supervisor: "supervisor",
    monitor: "monitor",
    admin: "admin",
  };

  beforeAll(async () => {
    c = await startConsole(kind);
    const stations = await c.data<{ id: number; code: string }[]>("/api/map/stations", { as: "admin" });
    const idOf = (code: string) => stations.find((s) => s.code === code)!.id;
    cases = [
      ...declaredCases(),
      ...otherCases({ own: idOf(c.users.polsek!.stationCode!), other: idOf(c.users.polsekOther!.stationCode!) }),
    ];
  });
  afterAll(async () => {
    await c?.stop();
  });

  const eventCount = async () =>
    (await c.data<{ events: unknown[] }>("/api/events?after=0&limit=5000", { as: "admin" })).events.length;

  it("answers 401 to every protected route without a session or token, and 401 to a bad token", async () => {
    for (const rc of cases.filter((r) => r.allowed !== "public")) {
      const anonymous = await c.api(rc.path, { method: rc.method, json: rc.json });
      expect(anonymous.status, `${rc.method} ${rc.path}`).toBe(401);
      expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
      const forged = await c.api(rc.path, {
        method: rc.method,
        json: rc.json,
        headers: { authorization: "Bearer siaga_forged" },
      });
      expect(forged.status, `${rc.method} ${rc.path} with a forged token`).toBe(401);
    }
  });

  it("walks every path of the OpenAPI document", () => {
    const walked = new Set(cases.map((rc) => `${rc.method} ${rc.path}`));
    for (const [path, methods] of Object.entries(openApiDocument().paths)) {
      if (NOT_BY_ROLE.includes(path)) continue;
      for (const method of Object.keys(methods).map((m) => m.toUpperCase())) {
        const concrete = [...walked].some((w) =>
          new RegExp(
            `^${method} ${path
              .replaceAll(".", "\\.")
              .replace("{id}", "\\d+")
              .replace(/\{\w+\}/g, "[^/]+")}(\\?|$)`,
          ).test(w),
        );
        expect(concrete, `${method} ${path}`).toBe(true);
      }
    }
  });

  it("lets each role do exactly what it may, and a refusal changes nothing", async () => {
    for (const rc of cases) {
      for (const role of roles) {
        const before = await eventCount();
        const allowed = rc.allowed === "public" || rc.allowed.includes(role);
        const res = await c.api(rc.path, { method: rc.method, json: rc.json, as: userKey[role] });
        if (allowed) {
          // Past the role gate: answered, or refused for the sample input, never for the role.
          expect([401, 403], `${role} ${rc.method} ${rc.path}`).not.toContain(res.status);
          expect(res.status, `${role} ${rc.method} ${rc.path}`).toBeLessThan(500);
          if (rc.path.endsWith("/staffing") && res.status === 200) {
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
