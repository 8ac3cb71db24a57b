import { io } from "socket.io-client";
import { afterAll, describe, expect, it } from "vitest";

import { freePort } from "@/lib/testing/free-port";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

const cookieOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((c) => !c.endsWith("="))
    .join("; ");

async function signIn(c: RunningConsole, key: string, origin = c.url): Promise<Response> {
  return fetch(`${c.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email: c.users[key]!.email, password: c.users[key]!.password }),
  });
}
const eventsWith = (c: RunningConsole, cookie: string) =>
  fetch(`${c.url}/api/events?after=0&limit=1`, { headers: { cookie } }).then((r) => r.status);
// A browser's socket: the session cookie at its handshake.
async function socketWith(c: RunningConsole, cookie: string) {
  const s = io(c.url, { extraHeaders: { cookie }, transports: ["websocket"], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    s.once("connect", resolve);
    s.once("connect_error", reject);
  });
  return s;
}
/** The reason the server gave when it closed the socket, or "still open" after `ms`. */
const closedWithin = (s: ReturnType<typeof io>, ms: number) =>
  new Promise<string>((resolve) => {
    if (s.disconnected) return resolve("io server disconnect");
    s.once("disconnect", (reason) => resolve(reason));
    setTimeout(() => resolve("still open"), ms);
  });

describe.each(testDatabaseKinds())("sessions and security headers on %s", (kind) => {
  const consoles: RunningConsole[] = [];
  afterAll(async () => {
    for (const c of consoles) await c.stop();
  });

  it("sends the security headers on pages, API answers and files, HSTS only over https", async () => {
    const c = await startConsole(kind);
    consoles.push(c);
    for (const path of ["/sign-in", "/api/health", "/api/events", "/maplibre-gl-worker.mjs", "/no-such-page"]) {
      const res = await fetch(`${c.url}${path}`);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp, path).toMatch(
        path.startsWith("/api/") ? /script-src 'none';/ : /script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/,
      );
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(res.headers.has("strict-transport-security"), path).toBe(false);
    }
    const [a, b] = await Promise.all([fetch(`${c.url}/sign-in`), fetch(`${c.url}/sign-in`)]);
    expect(a.headers.get("content-security-policy")).not.toBe(b.headers.get("content-security-policy"));
    // Over plain http, the session cookie cannot be Secure (the browser would drop it).
    const res = await signIn(c, "operator");
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().join("\n")).not.toMatch(/;\s*Secure/i);
  });

  it("behind https: HSTS, and cookies that are Secure", async () => {
    const port = await freePort();
    const local = `http://127.0.0.1:${port}`;
    const c = await startConsole(kind, {
      PORT: String(port),
      PUBLIC_BASE_URL: "https://siaga.example.id",
      TRUSTED_ORIGINS: local,
    });
    consoles.push(c);
    const health = await fetch(`${c.url}/api/health`);
    expect(health.headers.get("strict-transport-security")).toMatch(/^max-age=31536000/);
    const res = await signIn(c, "supervisor", local);
    expect(res.status).toBe(200);
    const cookies = res.headers.getSetCookie();
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) expect(cookie).toMatch(/;\s*Secure/i);
  });

  it(
    "ends every session of the account at sign-out, and refuses a session idle past SESSION_IDLE_SECONDS; their sockets are closed",
    { timeout: 120_000 },
    async () => {
      const c = await startConsole(kind, { SESSION_IDLE_SECONDS: "5" });
      consoles.push(c);
      // Two browsers of one account, and a second account.
      const [one, two, other] = (
        await Promise.all([signIn(c, "dispatcher"), signIn(c, "dispatcher"), signIn(c, "monitor")])
      ).map(cookieOf) as [string, string, string];
      for (const cookie of [one, two, other]) expect(await eventsWith(c, cookie)).toBe(200);
      const [oneSocket, twoSocket, otherSocket] = await Promise.all([one, two, other].map((k) => socketWith(c, k)));
      const cutOne = closedWithin(oneSocket!, 3_000);
      const cutTwo = closedWithin(twoSocket!, 3_000);
      // A machine's socket (API token) has no session to end.
      const tokenSocket = c.socket("dispatcher");
      await new Promise<void>((r) => tokenSocket.once("connect", () => r()));
      const out = await fetch(`${c.url}/api/auth/sign-out`, {
        method: "POST",
        headers: { cookie: one, origin: c.url, "content-type": "application/json" },
        body: "{}",
      });
      expect(out.status).toBe(200);
      expect(await eventsWith(c, one)).toBe(401);
      expect(await eventsWith(c, two)).toBe(401);
      expect(await eventsWith(c, other)).toBe(200);
      // Both browsers' sockets are closed by the server; the other account's stays.
      expect(await cutOne).toBe("io server disconnect");
      expect(await cutTwo).toBe("io server disconnect");
      expect(otherSocket!.connected).toBe(true);

      // Used every 2 s, the session lives on past its 5 s; left alone for 7 s, it is over.
      for (let i = 0; i < 4; i++) {
        await new Promise((r) => setTimeout(r, 2_000));
        expect(await eventsWith(c, other)).toBe(200);
      }
      expect(otherSocket!.connected).toBe(true);
      const idleCut = closedWithin(otherSocket!, 9_000);
      await new Promise((r) => setTimeout(r, 7_000));
      expect(await eventsWith(c, other)).toBe(401);
      // Its socket, which never used the session, was closed with it (the sweep runs each second).
      expect(await idleCut).toBe("io server disconnect");
      expect(tokenSocket.connected).toBe(true);
      otherSocket!.close();
    },
  );
});
