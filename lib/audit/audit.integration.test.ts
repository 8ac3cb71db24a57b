import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { IncidentView } from "@/lib/incidents/incident-view";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

import { auditCsvHeader } from "./audit-csv";
import { incidentsCsvHeader } from "./incidents-csv";

// The trail's rows as the API answers them, read without their types' union.
type AuditPage = {
  events: {
    seq: number;
    type: string;
    payload: Record<string, unknown>;
    actorId: string | null;
    actorEmail: string | null;
    incidentId: number | null;
  }[];
  nextBefore: number | null;
};

const CALLER = "+6281377712345";

describe.each(testDatabaseKinds())("the audit trail and the exports on %s", (kind) => {
  let c: RunningConsole;
  let incident: IncidentView;
  let ids: Record<string, string>;
  const began = new Date(Date.now() - 60_000).toISOString();

  const signIn = (email: string, password: string) =>
    fetch(`${c.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: c.url },
      body: JSON.stringify({ email, password }),
    });
  const audit = (query: string, as = "supervisor") => c.data<AuditPage>(`/api/audit?${query}`, { as });
  const csv = async (path: string, as: string) => {
    const res = await c.api(path, { as });
    expect(res.status, `${path} as ${as}`).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="[\w.-]+\.csv"$/);
    return parse(await res.text(), { bom: true });
  };

  beforeAll(async () => {
    c = await startConsole(kind);
    const accounts = await c.data<{ id: string; email: string }[]>("/api/users", { as: "admin" });
    ids = Object.fromEntries(
      Object.entries(c.users).map(([k, u]) => [k, accounts.find((a) => a.email === u.email)!.id]),
    );
    // A call, an incident sent to a polsek, a sign-in and a refused one: what the trail holds.
    await c.data("/api/calls", { as: "operator", method: "POST", json: { callerNumber: CALLER } });
    incident = await c.data<IncidentView>("/api/incidents", {
      as: "operator",
      method: "POST",
      json: { type: "kebakaran", priority: "P1", lat: -6.1754, lon: 106.8272, description: "=1+2 asap tebal" },
    });
    const stations = await c.data<{ id: number; code: string }[]>("/api/map/stations", { as: "admin" });
    const polsek = stations.find((s) => s.code === c.users.polsek!.stationCode)!;
    await c.data(`/api/incidents/${incident.id}/dispatch`, {
      as: "dispatcher",
      method: "POST",
      json: { stationId: polsek.id },
    });
    expect((await signIn(c.users.monitor!.email, "wrong-password-1")).status).toBe(401);
    expect((await signIn(c.users.monitor!.email, c.users.monitor!.password)).status).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await c?.stop();
  });

  it("lists every action newest first, with who did it, for a supervisor and an admin", async () => {
    for (const as of ["supervisor", "admin"]) {
      const { events } = await audit("limit=500", as);
      const seqs = events.map((e) => e.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
      const types = events.map((e) => e.type);
      for (const t of [
        "call.logged",
        "incident.created",
        "assignment.dispatched",
        "auth.sign_in_refused",
        "auth.signed_in",
      ])
        expect(types, as).toContain(t);
      const created = events.find((e) => e.type === "incident.created")!;
      expect(created.actorId).toBe(ids.operator);
      expect(created.actorEmail).toBe(c.users.operator!.email);
    }
  });

  it("filters by user, by action or family of actions, and by time", async () => {
    const byOperator = await audit(`user=${ids.operator}`);
    expect(byOperator.events.length).toBeGreaterThanOrEqual(2);
    expect(byOperator.events.every((e) => e.actorId === ids.operator)).toBe(true);
    const auth = await audit("action=auth.");
    expect(auth.events.length).toBeGreaterThanOrEqual(2);
    expect(auth.events.every((e) => e.type.startsWith("auth."))).toBe(true);
    const refused = await audit("action=auth.sign_in_refused");
    expect(refused.events.map((e) => e.payload.email)).toContain(c.users.monitor!.email);
    expect(refused.events.every((e) => e.type === "auth.sign_in_refused")).toBe(true);
    const both = await audit(`user=${ids.dispatcher}&action=assignment.dispatched`);
    expect(both.events).toHaveLength(1);
    expect(both.events[0]!.incidentId).toBe(incident.id);
    const before = await audit(`to=${encodeURIComponent(began)}`);
    expect(before.events.some((e) => e.type === "incident.created")).toBe(false);
    const since = await audit(`from=${encodeURIComponent(began)}&action=incident.created`);
    expect(since.events.map((e) => e.incidentId)).toEqual([incident.id]);
  });

  it("pages back by seq: pages in order, none shared, together the whole trail", async () => {
    const whole = (await audit("limit=500")).events.map((e) => e.seq);
    const paged: number[] = [];
    let before: number | null = null;
    for (let i = 0; i < 100; i++) {
      const page: AuditPage = await audit(`limit=3${before ? `&before=${before}` : ""}`);
      paged.push(...page.events.map((e) => e.seq));
      before = page.nextBefore;
      if (before === null) break;
      expect(page.events).toHaveLength(3);
    }
    expect(paged).toEqual(whole);
  });

  it("refuses filters it cannot read with 422, naming the field", async () => {
    for (const [query, field] of [
      ["action=DROP%20TABLE", "action"],
      ["before=-1", "before"],
      ["from=yesterday", "from"],
      ["from=2026-11-26T00:00:00Z&to=2026-11-25T00:00:00Z", "to"],
      ["limit=100000", "limit"],
    ]) {
      const res = await c.api(`/api/audit?${query}`, { as: "admin" });
      expect(res.status, query).toBe(422);
      const body = (await res.json()) as { error: { fields: Record<string, string[]> } };
      expect(Object.keys(body.error.fields), query).toContain(field);
      expect((await c.api(`/api/audit.csv?${query}`, { as: "admin" })).status, query).toBe(422);
    }
    expect((await c.api("/api/incidents.csv?from=2026-01-01T00:00:00Z", { as: "admin" })).status).toBe(422);
  });

  it("lets only supervisors and admins read the trail and the exports", async () => {
    const range = `from=${encodeURIComponent(began)}&to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`;
    for (const path of ["/api/audit", "/api/audit.csv", `/api/incidents.csv?${range}`]) {
      for (const as of ["operator", "dispatcher", "polsek", "monitor"]) {
        const res = await c.api(path, { as });
        expect(res.status, `${as} ${path}`).toBe(403);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe("forbidden");
      }
      expect((await c.api(path)).status, `anonymous ${path}`).toBe(401);
    }
  });

  it("exports the trail as CSV under the same filters, the caller's number masked for an admin", async () => {
    const forSupervisor = await csv("/api/audit.csv?action=call.", "supervisor");
    expect(forSupervisor[0]).toEqual(auditCsvHeader);
    expect(forSupervisor.slice(1).every((r) => r[2]!.startsWith("call."))).toBe(true);
    expect(forSupervisor.slice(1).some((r) => r[7]!.includes(CALLER))).toBe(true);
    const forAdmin = await csv("/api/audit.csv?action=call.", "admin");
    expect(forAdmin.length).toBe(forSupervisor.length);
    expect(forAdmin.slice(1).some((r) => r[7]!.includes(CALLER))).toBe(false);
    expect(forAdmin.slice(1).some((r) => r[7]!.includes("•••"))).toBe(true);
    const everything = await csv("/api/audit.csv", "admin");
    const json = (await audit("limit=500", "admin")).events.map((e) => String(e.seq));
    expect(everything.slice(1).map((r) => r[0])).toEqual(json);
  });

  it("exports the incidents of a range with every time of their response", async () => {
    const to = new Date(Date.now() + 60_000).toISOString();
    const rows = await csv(
      `/api/incidents.csv?from=${encodeURIComponent(began)}&to=${encodeURIComponent(to)}`,
      "supervisor",
    );
    expect(rows[0]).toEqual(incidentsCsvHeader);
    const row = Object.fromEntries(
      incidentsCsvHeader.map((h, i) => [h, rows.find((r) => r[0] === incident.number)![i]]),
    );
    expect(row).toMatchObject({
      type: "kebakaran",
      priority: "P1",
      kelurahan: incident.kelurahan!.name,
      kecamatan: incident.kecamatan!.name,
      station_code: c.users.polsek!.stationCode,
      acknowledged_at: "",
      closed_at: "",
      generated: "false",
    });
    expect(Date.parse(row.first_dispatch_at!)).toBeGreaterThanOrEqual(Date.parse(row.created_at!));
    const earlier = await csv("/api/incidents.csv?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z", "admin");
    expect(earlier).toEqual([incidentsCsvHeader]);
  });
});
