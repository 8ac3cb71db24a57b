import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SIGN_IN_LOCKED } from "@/lib/auth/sign-in-error";
import { signInRule } from "@/lib/auth/sign-in-rule";
import type { LoggedEvent, LoggedEventOf } from "@/lib/realtime/events";

type SignInEvent = LoggedEventOf<"auth.signed_in" | "auth.sign_in_refused" | "auth.locked_out">;
const isSignInEvent = (e: LoggedEvent): e is SignInEvent => e.type.startsWith("auth.");
import { freePort } from "@/lib/testing/free-port";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

// Sign-in as a browser does it (POST /api/auth/sign-in/email with its page's Origin), from a
// console whose public address is elsewhere (a proxy's), so that only TRUSTED_ORIGINS lets the
// two local addresses in.
describe.each(testDatabaseKinds())("sign-in on %s", (kind) => {
  let c: RunningConsole;
  let local: { ip: string; name: string };

  beforeAll(async () => {
    const port = await freePort();
    local = { ip: `http://127.0.0.1:${port}`, name: `http://localhost:${port}` };
    c = await startConsole(kind, {
      PORT: String(port),
      PUBLIC_BASE_URL: "https://siaga.example.id",
      TRUSTED_ORIGINS: `${local.ip}, ${local.name}`,
    });
  });
  afterAll(async () => {
    await c?.stop();
  });

  const signIn = (at: string, origin: string, email: string, password: string) =>
    fetch(`${at}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify({ email, password }),
    });
  const user = (key: string) => c.users[key]!;
  const authEvents = async (as: string) =>
    (await c.data<{ events: LoggedEvent[] }>("/api/events?after=0&limit=5000", { as })).events.filter(isSignInEvent);

  it("signs in from every configured address, by IP and by name", async () => {
    for (const [at, key] of [
      [local.ip, "operator"],
      [local.name, "dispatcher"],
    ] as const) {
      const res = await signIn(at, at, user(key).email, user(key).password);
      expect(res.status, at).toBe(200);
      expect(res.headers.get("set-cookie"), at).toContain("session_token");
    }
  });

  it("refuses a page at an address not configured with INVALID_ORIGIN, and checks no password", async () => {
    const res = await signIn(local.ip, "http://10.9.8.7:3000", user("operator").email, user("operator").password);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: "INVALID_ORIGIN" });
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(
      (await authEvents("admin")).filter((e) => e.payload.email === user("operator").email).map((e) => e.type),
    ).toEqual(["auth.signed_in"]);
  });

  it("locks an account at the tenth attempt in a minute, without checking the password, from any address", async () => {
    const { email, password } = user("monitor");
    for (let i = 1; i <= signInRule.max; i++) {
      const wrong = await signIn(local.ip, local.ip, email, `wrong-password-${i}`);
      expect(wrong.status, `attempt ${i}`).toBe(401);
      expect(await wrong.json()).toMatchObject({ code: "INVALID_EMAIL_OR_PASSWORD" });
    }
    // The right password on the tenth attempt: refused unchecked, and the account is locked.
    const tenth = await signIn(local.ip, local.ip, email, password);
    expect(tenth.status).toBe(429);
    expect(await tenth.json()).toMatchObject({ code: SIGN_IN_LOCKED });
    const wait = Number(tenth.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(signInRule.lockoutS - 10);
    expect(wait).toBeLessThanOrEqual(signInRule.lockoutS);
    expect(tenth.headers.get("set-cookie")).toBeNull();
    // Still locked from the other address (another client-address bucket), right password or not.
    for (const pw of [password, "wrong-password-11"]) {
      const later = await signIn(local.name, local.name, email, pw);
      expect(later.status).toBe(429);
      expect(await later.json()).toMatchObject({ code: SIGN_IN_LOCKED });
    }
    // Another account is not affected.
    expect((await signIn(local.ip, local.ip, user("polsek").email, user("polsek").password)).status).toBe(200);
  });

  it("slows one client address after 30 attempts a minute over any accounts, in better-auth's own limit", async () => {
    // One address of its own (Next.js keeps a client's X-Forwarded-For), so no other test's tries count.
    const from = { "x-forwarded-for": "203.0.113.7" };
    const attempt = (i: number) =>
      fetch(`${local.ip}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: local.ip, ...from },
        body: JSON.stringify({ email: `nobody-${i}@example.id`, password: "wrong-password" }),
      });
    for (let i = 1; i <= 30; i++) expect((await attempt(i)).status, `attempt ${i}`).toBe(401);
    const slowed = await attempt(31);
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get("x-retry-after"))).toBeGreaterThan(0);
    expect(((await slowed.json()) as { code?: string }).code).toBeUndefined();
  });

  it("puts every sign-in, refusal and lockout in the audit trail for a supervisor and an admin, never a password", async () => {
    for (const as of ["supervisor", "admin"]) {
      const events = await authEvents(as);
      const of = (key: string) => events.filter((e) => e.payload.email === user(key).email);
      for (const key of ["operator", "dispatcher", "polsek"]) {
        expect(
          of(key).map((e) => e.type),
          key,
        ).toEqual(["auth.signed_in"]);
        expect(of(key)[0]!.actorId, key).toEqual(expect.any(String));
      }
      const monitor = of("monitor");
      expect(monitor.map((e) => e.type)).toEqual([
        ...Array<string>(signInRule.max).fill("auth.sign_in_refused"),
        "auth.locked_out",
      ]);
      for (const e of events) {
        expect(Object.keys(e.payload)).toEqual(["email"]);
        expect(e.incidentId).toBeNull();
        expect(e.stationId).toBeNull();
      }
      expect(monitor.every((e) => e.actorId === null)).toBe(true);
      // A wrong password for an account that does not exist is refused and recorded the same way.
      expect(events.filter((e) => String(e.payload.email).startsWith("nobody-")).map((e) => e.type)).toEqual(
        Array<string>(30).fill("auth.sign_in_refused"),
      );
      const text = JSON.stringify(events);
      for (const key of Object.keys(c.users)) expect(text).not.toContain(user(key).password);
      expect(text).not.toContain("wrong-password");
    }
  });
});
