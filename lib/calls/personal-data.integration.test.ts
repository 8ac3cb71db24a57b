import { spawn } from "node:child_process";

import { afterAll, describe, expect, it } from "vitest";

import type { LoggedEvent } from "@/lib/realtime/events";
import { TEST_AUTH_SECRET } from "@/lib/testing/fixture";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

import type { CallView } from "./call-view";
import { ANONYMISED_NUMBER } from "./caller-number-privacy";

const connected = (s: ReturnType<RunningConsole["socket"]>) => new Promise<void>((r) => s.once("connect", () => r()));
const logCall = (c: RunningConsole, callerNumber: string, ringingAt?: Date) =>
  c.data<CallView>("/api/calls", { as: "operator", method: "POST", json: { callerNumber, ringingAt } });

// UU PDP 27/2022: a caller's number reaches only those who take calls, never the log, and
// leaves the records once the retention period has passed.
describe.each(testDatabaseKinds())("personal data on %s", (kind) => {
  const consoles: RunningConsole[] = [];
  afterAll(async () => {
    for (const c of consoles.reverse()) await c.stop();
  });

  it("writes JSON logs without numbers, keys or passwords, and counts refusals instead of logging errors", async () => {
    const c = await startConsole(kind, { LOG_LEVEL: "debug" });
    consoles.push(c);
    const number = "+62 812-7777-3456";
    await logCall(c, number);
    const refusedKey = "siaga_refusedKey0123456789";
    for (let i = 0; i < 3; i++) {
      const res = await c.api("/api/calls", { headers: { authorization: `Bearer ${refusedKey}` } });
      expect(res.status).toBe(401);
    }
    const password = "wrong-Password-9876";
    const signIn = await fetch(`${c.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: c.url },
      body: JSON.stringify({ email: c.users.operator!.email, password }),
    });
    expect(signIn.status).toBe(401);
    const search = await c.api(`/api/places/search?q=${encodeURIComponent(number)}`, { as: "operator" });
    expect(search.status).toBeLessThan(500);
    await c.stop();

    const output = c.output();
    for (const secret of ["81277773456", "812-7777", refusedKey, password, c.users.operator!.token])
      expect(output).not.toContain(secret);
    const lines = output
      .split("\n")
      // Next.js says a word of its own as it loads its config; the console's own lines are JSON.
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { level: number; msg: string; refusals?: Record<string, number> });
    expect(lines.length).toBeGreaterThan(3);
    // pino's levels: 50 error, 60 fatal. A refusal is none of these.
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    const counted = lines.find((l) => l.refusals)?.refusals;
    expect(counted?.["401"]).toBe(4);
  });

  it("shows a caller's number whole to call handlers and masked to monitors and admins, on sockets and in replays", async () => {
    const c = await startConsole(kind);
    consoles.push(c);
    const got: Record<string, LoggedEvent[]> = {};
    const sockets = ["operator", "dispatcher", "monitor", "admin"].map((as) => {
      const s = c.socket(as);
      got[as] = [];
      s.on("event:logged", (e) => got[as]!.push(e));
      return s;
    });
    await Promise.all(sockets.map(connected));
    const call = await logCall(c, "+6281399990123");
    const arrived = (as: string) => got[as]!.some((e) => e.type === "call.logged" && e.payload.call.id === call.id);
    await expect.poll(() => ["operator", "dispatcher", "monitor", "admin"].every(arrived)).toBe(true);

    const numberIn = (events: LoggedEvent[]) =>
      events.flatMap((e) =>
        "call" in e.payload && e.payload.call.id === call.id ? [e.payload.call.callerNumber] : [],
      );
    for (const as of ["operator", "dispatcher"])
      expect(new Set(numberIn(got[as]!))).toEqual(new Set(["+6281399990123"]));
    for (const as of ["monitor", "admin"]) {
      expect(new Set(numberIn(got[as]!))).toEqual(new Set(["+62••••••••123"]));
      expect(JSON.stringify(got[as])).not.toContain("81399990123");
      const replay = await c.data<{ events: LoggedEvent[] }>("/api/events?after=0&limit=5000", { as });
      expect(numberIn(replay.events).length).toBeGreaterThan(0);
      expect(JSON.stringify(replay.events)).not.toContain("81399990123");
    }
    const replay = await c.data<{ events: LoggedEvent[] }>("/api/events?after=0&limit=5000", { as: "dispatcher" });
    expect(numberIn(replay.events)).toContain("+6281399990123");
    expect((await c.api("/api/calls", { as: "admin" })).status).toBe(403);
  });

  it(
    "anonymises calls past the retention period with `npm run retention`, audited for supervisors only",
    { timeout: 240_000 },
    async () => {
      const c = await startConsole(kind);
      consoles.push(c);
      const old = await logCall(c, "+6281111111111", new Date(Date.now() - 3 * 86_400_000));
      const recent = await logCall(c, "+6282222222222");
      await c.stop({ keepDatabase: true });

      const job = await runRetention(c, "2");
      expect(job.code, job.output).toBe(0);
      expect(job.output).toContain("1 call(s)");

      const again = await startConsole(kind, {}, c);
      consoles.push(again);
      const calls = await again.data<CallView[]>("/api/calls?status=recent", { as: "supervisor" });
      expect(calls.find((x) => x.id === old.id)?.callerNumber).toBe(ANONYMISED_NUMBER);
      expect(calls.find((x) => x.id === recent.id)?.callerNumber).toBe("+6282222222222");

      const { events } = await again.data<{ events: LoggedEvent[] }>("/api/events?after=0&limit=5000", {
        as: "supervisor",
      });
      const ofOld = events.filter((e) => "call" in e.payload && e.payload.call.id === old.id);
      expect(ofOld.length).toBeGreaterThan(0);
      expect(JSON.stringify(events)).not.toContain("81111111111");
      const audit = events.filter((e) => e.type === "audit.retention_applied");
      expect(audit.map((e) => e.payload)).toEqual([expect.objectContaining({ calls: 1, days: 2 })]);
      const operatorSees = await again.data<{ events: LoggedEvent[] }>("/api/events?after=0&limit=5000", {
        as: "operator",
      });
      expect(operatorSees.events.some((e) => e.type === "audit.retention_applied")).toBe(false);

      if (kind === "pglite") {
        // While a console holds the embedded database, the job refuses to open it.
        const refused = await runRetention(again, "2");
        expect(refused.code).toBe(3);
      }
    },
  );
});

function runRetention(c: RunningConsole, days: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/calls/retention-cli.ts"], {
    env: {
      ...process.env,
      ...c.database.env,
      AUTH_SECRET: TEST_AUTH_SECRET,
      CALL_RETENTION_DAYS: days,
      LOG_LEVEL: "silent",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, output })));
}
