import http from "node:http";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { CallView } from "@/lib/calls/call-view";
import { freePort } from "@/lib/testing/free-port";
import { postAsTwilio } from "@/lib/testing/post-as-twilio";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

import { newCallSid } from "./ring-training-call";

const ACCOUNT = `AC${"d".repeat(32)}`;
const AUTH_TOKEN = "slow-twilio-auth-token-0123456789abcdef";

// Twilio's REST API standing in, slow on purpose: a bridge request for a held call gets no
// answer until the test releases it (the test, not a clock, decides how slow Twilio is), and
// the stand-in says when requests have arrived.
function slowTwilio() {
  const delays = new Map<string, number>();
  const arrived = new Map<string, number>();
  const held = new Map<string, (() => void)[]>();
  const watchers: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const sid = /Calls\/(CA\w+)\.json/.exec(req.url!)?.[1] ?? "";
      arrived.set(sid, (arrived.get(sid) ?? 0) + 1);
      const answer = () => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ sid, account_sid: ACCOUNT, status: "in-progress" }));
      };
      const queue = held.get(sid);
      if (queue) queue.push(answer);
      else setTimeout(answer, delays.get(sid) ?? 0);
      for (const w of watchers.splice(0)) w();
    });
  });
  /** Resolves once `count` bridge requests for the call have arrived. */
  const requestsFor = (sid: string, count = 1) =>
    new Promise<void>((resolve) => {
      const check = () => ((arrived.get(sid) ?? 0) >= count ? resolve() : watchers.push(check));
      check();
    });
  const hold = (sid: string) => held.set(sid, []);
  const release = (sid: string) => {
    for (const answer of held.get(sid) ?? []) answer();
    held.delete(sid);
  };
  return { server, delays, arrived, requestsFor, hold, release };
}

// Far longer than any write takes, even on two shared cores: a write that had to wait for
// the held Twilio answer would wait for ever, since the answer is released only after it.
const NEVER_MS = 20_000;
const withinNever = <T>(work: Promise<T>) =>
  Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("still waiting")), NEVER_MS)),
  ]);

describe.each(testDatabaseKinds())("a slow Twilio on %s", (kind) => {
  let c: RunningConsole;
  const fake = slowTwilio();

  beforeAll(async () => {
    const port = await freePort();
    await new Promise<void>((r) => fake.server.listen(port, "127.0.0.1", () => r()));
    c = await startConsole(kind, {
      TWILIO_ACCOUNT_SID: ACCOUNT,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_API_KEY: `SK${"e".repeat(32)}`,
      TWILIO_API_SECRET: "api-secret-for-tests",
      TWILIO_TWIML_APP_SID: `AP${"f".repeat(32)}`,
      TWILIO_API_BASE_URL: `http://127.0.0.1:${port}`,
    });
  });
  afterAll(async () => {
    await c?.stop();
    fake.server.close();
  });

  const signedPost = (path: string, params: Record<string, string>) =>
    postAsTwilio(`${c.url}${path}`, AUTH_TOKEN, params);
  const callBySid = async (sid: string) =>
    (await c.data<CallView[]>("/api/calls?status=recent", { as: "operator" })).find((x) => x.callSid === sid)!;
  async function ring(): Promise<CallView> {
    const sid = newCallSid();
    expect((await signedPost("/api/twilio/voice", { CallSid: sid, From: "+6281299990000", To: "112" })).status).toBe(
      200,
    );
    return callBySid(sid);
  }

  it("commits the caller's hang-up and other writes while Twilio is slow to bridge, then refuses the answer", async () => {
    const call = await ring();
    fake.hold(call.callSid!);
    const answering = c.api(`/api/calls/${call.id}/answer`, { method: "POST", as: "operator" });
    await fake.requestsFor(call.callSid!);

    // While Twilio holds the answer: the same call's status callback, a new 112 call and a
    // new incident all commit (with the row locked, each would wait until the release below).
    const hangUp = await withinNever(
      signedPost("/api/twilio/status", {
        CallSid: call.callSid!,
        From: call.callerNumber,
        To: "112",
        CallStatus: "canceled",
      }),
    );
    const nextCall = await withinNever(
      signedPost("/api/twilio/voice", { CallSid: newCallSid(), From: "+6281299990001", To: "112" }),
    );
    const incident = await withinNever(
      c.api("/api/incidents", {
        method: "POST",
        as: "operator",
        json: { type: "banjir", priority: "P3", lat: -6.2, lon: 106.85 },
      }),
    );
    expect([hangUp.status, nextCall.status, incident.status]).toEqual([204, 200, 201]);

    fake.release(call.callSid!);
    const res = await answering;
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /the caller hung up\. Twilio had been asked/,
    );
    expect(await callBySid(call.callSid!)).toMatchObject({ status: "abandoned", answeredAt: null, callTakerId: null });
  });

  it("records a slow bridge's answer once Twilio has connected it", async () => {
    const call = await ring();
    fake.delays.set(call.callSid!, 500);
    const res = await c.api(`/api/calls/${call.id}/answer`, { method: "POST", as: "operator" });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: CallView }).data).toMatchObject({ id: call.id, status: "in_progress" });
  });

  it("asks Twilio once when two call-takers of one console answer the same call at once", async () => {
    const call = await ring();
    fake.delays.set(call.callSid!, 1_000);
    const [first, second] = await Promise.all([
      c.api(`/api/calls/${call.id}/answer`, { method: "POST", as: "operator" }),
      c.api(`/api/calls/${call.id}/answer`, { method: "POST", as: "supervisor" }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const refused = first.status === 409 ? first : second;
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      `Call ${call.id} was answered by another call-taker.`,
    );
    expect(fake.arrived.get(call.callSid!)).toBe(1);
  });

  it.runIf(kind === "postgres")(
    "tells the call-taker of another console who lost the race that the caller may be on their line",
    async () => {
      const other = await startConsole(
        kind,
        {
          TWILIO_ACCOUNT_SID: ACCOUNT,
          TWILIO_AUTH_TOKEN: AUTH_TOKEN,
          TWILIO_API_KEY: `SK${"e".repeat(32)}`,
          TWILIO_API_SECRET: "api-secret-for-tests",
          TWILIO_TWIML_APP_SID: `AP${"f".repeat(32)}`,
          TWILIO_API_BASE_URL: `http://127.0.0.1:${(fake.server.address() as { port: number }).port}`,
        },
        c,
      );
      try {
        const call = await ring();
        // Both consoles reach Twilio before either commits: the stand-in answers neither
        // until both have asked.
        fake.hold(call.callSid!);
        const answers = Promise.all([
          c.api(`/api/calls/${call.id}/answer`, { method: "POST", as: "operator" }),
          other.api(`/api/calls/${call.id}/answer`, { method: "POST", as: "supervisor" }),
        ]);
        await withinNever(fake.requestsFor(call.callSid!, 2));
        fake.release(call.callSid!);
        const [first, second] = await answers;
        expect([first.status, second.status].sort()).toEqual([200, 409]);
        const refused = first.status === 409 ? first : second;
        expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
          /caller may be on your line/,
        );
        expect(fake.arrived.get(call.callSid!)).toBe(2);
      } finally {
        await other.stop();
      }
    },
  );
});
