import { parse } from "csv-parse/sync";
import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { IncidentView } from "@/lib/incidents/incident-view";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

import type { AccountView } from "./list-accounts";

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

const NEW = { email: "petugas.baru@siaga112.test", password: "kata-sandi-awal-1", name: "=cmd|' /C calc'!A0" };

describe.each(testDatabaseKinds())("the admin's accounts and stations on %s", (kind) => {
  let c: RunningConsole;
  let userId = "";

  const post = (path: string, json: unknown, as = "admin", headers: Record<string, string> = {}) =>
    c.api(path, { as, method: "POST", json, headers });
  const codeOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
  const signIn = (email: string, password: string) =>
    fetch(`${c.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: c.url },
      body: JSON.stringify({ email, password }),
    });
  const cookieOf = (res: Response) =>
    res.headers
      .getSetCookie()
      .map((s) => s.split(";")[0])
      .join("; ");
  const withCookie = (cookie: string) => fetch(`${c.url}/api/events?after=0&limit=1`, { headers: { cookie } });
  const withToken = (key: string) =>
    fetch(`${c.url}/api/events?after=0&limit=1`, { headers: { authorization: `Bearer ${key}` } });
  const account = async () =>
    (await c.data<AccountView[]>("/api/users", { as: "admin" })).find((a) => a.email === NEW.email)!;
  const auditOf = async (type: string) =>
    (await c.data<AuditPage>(`/api/audit?action=${type}`, { as: "supervisor" })).events;

  beforeAll(async () => {
    c = await startConsole(kind);
  }, 120_000);
  afterAll(async () => {
    await c?.stop();
  });

  it("makes an account once, refuses a second with its email and a polsek officer without a station", async () => {
    const body = { ...NEW, role: "polsek", stationCode: c.users.polsek!.stationCode };
    const made = await post("/api/users", body, "admin", { "idempotency-key": "create-petugas-1" });
    expect(made.status).toBe(201);
    userId = ((await made.json()) as { data: { id: string } }).data.id;
    const again = await post("/api/users", body, "admin", { "idempotency-key": "create-petugas-1" });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const twice = await post("/api/users", body);
    expect(twice.status).toBe(409);
    expect(await codeOf(twice)).toBe("conflict");
    for (const bad of [
      { ...body, email: "x@siaga112.test", stationCode: undefined },
      { ...body, email: "y@siaga112.test", stationCode: "POLSEK-0000000" },
      { ...body, email: "not-an-email" },
      { ...body, email: "z@siaga112.test", password: "short" },
      { ...body, email: "w@siaga112.test", role: "root" },
    ]) {
      const res = await post("/api/users", bad);
      expect(res.status, JSON.stringify(bad)).toBe(422);
    }
    const a = await account();
    expect(a).toMatchObject({ role: "polsek", stationCode: c.users.polsek!.stationCode, disabled: false });
    expect((await c.data<AccountView[]>("/api/users", { as: "admin" })).some((x) => x.email.startsWith("x@"))).toBe(
      false,
    );
    const [created] = await auditOf("audit.user_created");
    expect(created).toMatchObject({ actorEmail: c.users.admin!.email, payload: { userId, email: NEW.email } });
    expect(JSON.stringify(created)).not.toContain(NEW.password);
  });

  it("lets only an admin manage accounts and stations", async () => {
    const calls: [string, unknown][] = [
      ["/api/users", { ...NEW, email: "nope@siaga112.test", role: "operator" }],
      ["/api/users/role", { userId, role: "admin" }],
      ["/api/users/disabled", { userId, disabled: true }],
      ["/api/users/password", { userId, password: "dicuri-oleh-orang-lain" }],
      ["/api/users/tokens", { userId, name: "x" }],
      ["/api/users/tokens/revoke", { tokenId: "x" }],
      [
        "/api/stations/1",
        { address: null, phone: null, smsNumber: null, jurisdictionCodes: [], lat: -6.2, lon: 106.8 },
      ],
    ];
    for (const as of ["operator", "dispatcher", "polsek", "supervisor", "monitor"]) {
      expect((await c.api("/api/users", { as })).status, `${as} GET /api/users`).toBe(403);
      for (const [path, body] of calls) expect((await post(path, body, as)).status, `${as} ${path}`).toBe(403);
    }
    expect((await account()).role).toBe("polsek");
  });

  it("sets the role and the station, and keeps a station only for a polsek officer", async () => {
    const res = await post("/api/users/role", { userId, role: "dispatcher", stationCode: c.users.polsek!.stationCode });
    expect(res.status).toBe(200);
    expect(await account()).toMatchObject({ role: "dispatcher", stationCode: null });
    expect((await post("/api/users/role", { userId, role: "polsek" })).status).toBe(422);
    expect((await post("/api/users/role", { userId: "no-such-user", role: "operator" })).status).toBe(404);
    const own = await c.data<AccountView[]>("/api/users", { as: "admin" });
    const adminId = own.find((a) => a.email === c.users.admin!.email)!.id;
    expect((await post("/api/users/role", { userId: adminId, role: "operator" })).status).toBe(409);
    expect((await post("/api/users/disabled", { userId: adminId, disabled: true })).status).toBe(409);
    expect((await auditOf("audit.user_updated"))[0]!.payload).toMatchObject({ role: "dispatcher", stationCode: null });
  });

  it("disables an account: its sessions end, its tokens and sign-in are refused, until enabled", async () => {
    const session = await signIn(NEW.email, NEW.password);
    expect(session.status).toBe(200);
    const cookie = cookieOf(session);
    expect((await withCookie(cookie)).status).toBe(200);
    const issued = await post("/api/users/tokens", { userId, name: "cad-link" });
    expect(issued.status).toBe(201);
    const { key } = ((await issued.json()) as { data: { key: string } }).data;
    expect((await withToken(key)).status).toBe(200);
    const socket = io(c.url, { auth: { token: key }, transports: ["websocket"], forceNew: true, reconnection: false });
    await new Promise<void>(
      (resolve, reject) => (socket.once("connect", resolve), socket.once("connect_error", reject)),
    );
    const closed = new Promise<string>((resolve) => socket.once("disconnect", resolve));

    expect((await post("/api/users/disabled", { userId, disabled: true })).status).toBe(200);
    expect(await closed).toBe("io server disconnect");
    const refused = io(c.url, { auth: { token: key }, transports: ["websocket"], forceNew: true, reconnection: false });
    expect(await new Promise((resolve) => refused.once("connect_error", (e) => resolve(e.message)))).toBe(
      "unauthorized",
    );
    refused.close();
    expect((await withCookie(cookie)).status).toBe(401);
    expect((await withToken(key)).status).toBe(401);
    expect((await signIn(NEW.email, NEW.password)).status).toBe(403);
    expect(await account()).toMatchObject({ disabled: true });
    expect((await post("/api/users/disabled", { userId, disabled: true })).status).toBe(409);

    expect((await post("/api/users/disabled", { userId, disabled: false })).status).toBe(200);
    expect((await signIn(NEW.email, NEW.password)).status).toBe(200);
    expect((await withToken(key)).status).toBe(200);
    expect((await auditOf("audit.user_disabled"))[0]!.payload.email).toBe(NEW.email);
    expect((await auditOf("audit.user_enabled"))[0]!.payload.email).toBe(NEW.email);
  });

  it("resets a password: the old one and its sessions stop working, the new one signs in", async () => {
    const cookie = cookieOf(await signIn(NEW.email, NEW.password));
    expect((await withCookie(cookie)).status).toBe(200);
    expect((await post("/api/users/password", { userId, password: "short" })).status).toBe(422);
    expect((await signIn(NEW.email, NEW.password)).status).toBe(200);
    const res = await post("/api/users/password", { userId, password: "kata-sandi-baru-2" });
    expect(res.status).toBe(200);
    expect((await withCookie(cookie)).status).toBe(401);
    expect((await signIn(NEW.email, NEW.password)).status).toBe(401);
    expect((await signIn(NEW.email, "kata-sandi-baru-2")).status).toBe(200);
    const [reset] = await auditOf("audit.password_reset");
    expect(reset!.payload.email).toBe(NEW.email);
    expect(JSON.stringify(reset)).not.toContain("kata-sandi-baru-2");
  });

  it("issues and revokes API tokens, never keeping the key where it can be read again", async () => {
    const issued = await post("/api/users/tokens", { userId, name: "script" });
    const token = ((await issued.json()) as { data: { id: string; key: string; start: string } }).data;
    expect(token.key).toMatch(/^siaga_/);
    expect((await withToken(token.key)).status).toBe(200);
    const listed = (await account()).tokens.find((k) => k.id === token.id)!;
    expect(listed).toMatchObject({ name: "script", start: token.start });
    expect(JSON.stringify(await c.data("/api/users", { as: "admin" }))).not.toContain(token.key);
    const revoked = await post("/api/users/tokens/revoke", { tokenId: token.id });
    expect(revoked.status).toBe(200);
    expect((await withToken(token.key)).status).toBe(401);
    expect((await post("/api/users/tokens/revoke", { tokenId: token.id })).status).toBe(404);
    expect((await account()).tokens.some((k) => k.id === token.id)).toBe(false);
    const issuedEvents = await auditOf("audit.token_issued");
    expect(issuedEvents[0]!.payload).toMatchObject({ tokenId: token.id, tokenName: "script" });
    expect(JSON.stringify(issuedEvents)).not.toContain(token.key);
    expect((await auditOf("audit.token_revoked"))[0]!.payload).toMatchObject({ tokenId: token.id });
  });

  it("leaves better-auth's own admin and API-key endpoints closed: every change goes through the audited routes", async () => {
    const admin = await signIn(c.users.admin!.email, c.users.admin!.password);
    const cookie = cookieOf(admin);
    for (const [path, body] of [
      ["admin/ban-user", { userId }],
      ["admin/set-user-password", { userId, newPassword: "lewat-pintu-belakang" }],
      ["api-key/create", { name: "unaudited" }],
      ["API-KEY/create", { name: "unaudited" }],
    ] as const) {
      const res = await fetch(`${c.url}/api/auth/${path}`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json", origin: c.url },
        body: JSON.stringify(body),
      });
      expect(res.status, path).toBe(404);
    }
    expect(await account()).toMatchObject({ disabled: false });
    expect((await signIn(NEW.email, "lewat-pintu-belakang")).status).toBe(401);
  });

  it("keeps a name that reads as a formula as text in the audit export", async () => {
    const res = await c.api(`/api/audit.csv?user=${userId}&action=auth.signed_in`, { as: "admin" });
    const rows = parse(await res.text(), { bom: true });
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).every((r) => r[3] === `'${NEW.name}`)).toBe(true);
  });

  it("edits a station's details and position; bad input is refused with 4xx and changes nothing", async () => {
    const stations = await c.data<{ id: number; code: string; lat: number; lon: number }[]>("/api/map/stations", {
      as: "admin",
    });
    const station = stations.find((s) => s.code === c.users.polsekOther!.stationCode)!;
    const good = {
      address: "Jl. Medan Merdeka Barat No. 9",
      phone: "(021) 3456789",
      smsNumber: "+6281299990001",
      jurisdictionCodes: ["3171010", "3171020"],
      lat: -6.1701,
      lon: 106.8201,
    };
    const eventCount = async () => (await c.data<AuditPage>("/api/audit?limit=500", { as: "admin" })).events.length;
    const before = await eventCount();
    for (const [bad, status] of [
      [{ ...good, jurisdictionCodes: ["9999999"] }, 422],
      [{ ...good, jurisdictionCodes: ["31710"] }, 422],
      [{ ...good, lat: -7.8, lon: 110.36 }, 422],
      [{ ...good, lat: 200 }, 422],
      [{ ...good, phone: "=HYPERLINK()" }, 422],
      [{ ...good, staffed: false }, 422],
      [{ ...good, address: undefined }, 422],
    ] as const) {
      const res = await post(`/api/stations/${station.id}`, bad);
      expect(res.status, JSON.stringify(bad)).toBe(status);
    }
    expect((await post("/api/stations/2147483647", good)).status).toBe(404);
    expect(await eventCount()).toBe(before);
    const unchanged = (await c.data<typeof stations>("/api/map/stations", { as: "admin" })).find(
      (s) => s.id === station.id,
    )!;
    expect([unchanged.lat, unchanged.lon]).toEqual([station.lat, station.lon]);

    const res = await post(`/api/stations/${station.id}`, good);
    expect(res.status).toBe(200);
    const moved = (await c.data<typeof stations>("/api/map/stations", { as: "admin" })).find(
      (s) => s.id === station.id,
    )!;
    expect(moved.lat).toBeCloseTo(good.lat, 6);
    expect(moved.lon).toBeCloseTo(good.lon, 6);
    expect((await post(`/api/stations/${station.id}`, good)).status).toBe(409);
    const [updated] = (await c.data<AuditPage>("/api/audit?action=station.updated", { as: "admin" })).events;
    expect(updated!.payload).toMatchObject({ code: station.code, station: good });
    expect(updated!.payload.changed).toEqual(
      expect.arrayContaining(["address", "phone", "smsNumber", "jurisdictionCodes", "position"]),
    );
  });

  it("names the open jobs a station holds before it is un-staffed", async () => {
    const incident = await c.data<IncidentView>("/api/incidents", {
      as: "operator",
      method: "POST",
      json: { type: "banjir", priority: "P2", lat: -6.1754, lon: 106.8272 },
    });
    const stations = await c.data<{ id: number; code: string }[]>("/api/map/stations", { as: "admin" });
    const station = stations.find((s) => s.code === c.users.polsek!.stationCode)!;
    await c.data(`/api/incidents/${incident.id}/dispatch`, {
      as: "dispatcher",
      method: "POST",
      json: { stationId: station.id },
    });
    const jobs = await c.data<{ number: string; status: string }[]>(`/api/stations/${station.id}/open-jobs`, {
      as: "admin",
    });
    expect(jobs).toEqual([expect.objectContaining({ number: incident.number, status: "dispatched" })]);
    expect((await c.api(`/api/stations/${station.id}/open-jobs`, { as: "operator" })).status).toBe(403);
  });
});
