import twilio from "twilio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { CallView } from "@/lib/calls/call-view";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

import { newCallSid } from "./ring-training-call";

const AUTH_TOKEN = "test-twilio-auth-token-0123456789abcdef";

describe.each(testDatabaseKinds())("Twilio webhooks on %s", (kind) => {
  let c: RunningConsole;
  beforeAll(async () => {
    c = await startConsole(kind, { TWILIO_AUTH_TOKEN: AUTH_TOKEN });
  });
  afterAll(async () => {
    await c?.stop();
  });

  // Posted as Twilio posts: a form, signed over the public URL and every parameter.
  function post(
    path: string,
    params: Record<string, string>,
    sign: { token?: string; url?: string; params?: Record<string, string> } = {},
  ) {
    const signature = twilio.getExpectedTwilioSignature(
      sign.token ?? AUTH_TOKEN,
      sign.url ?? `${c.url}${path}`,
      sign.params ?? params,
    );
    return fetch(`${c.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature },
      body: new URLSearchParams(params),
    });
  }
  const callsWith = async (sid: string) =>
    (await c.data<CallView[]>("/api/calls?status=recent&limit=500", { as: "operator" })).filter(
      (x) => x.callSid === sid,
    );
  const ring = (sid: string, from = "+6281234567890") => ({
    CallSid: sid,
    From: from,
    To: "112",
    CallStatus: "ringing",
    Direction: "inbound",
  });

  it("stores a signed call once, answering TwiML that greets in Bahasa Indonesia and queues", async () => {
    const sid = newCallSid();
    const res = await post("/api/twilio/voice", ring(sid));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/xml");
    const xml = await res.text();
    expect(xml).toContain('<Say language="id-ID">');
    expect(xml).toContain("<Enqueue>siaga112</Enqueue>");
    const [call] = await callsWith(sid);
    expect(call).toMatchObject({ callerNumber: "+6281234567890", status: "ringing", training: false });
  });

  it("stores a call once when Twilio posts it three times at once, and rings operators once", async () => {
    const sid = newCallSid();
    const operator = c.socket("operator");
    const rang: string[] = [];
    operator.on("event:logged", (e) => {
      if (e.type === "call.rang") rang.push(e.payload.call.callSid!);
    });
    await new Promise<void>((r) => operator.once("connect", () => r()));
    const results = await Promise.all([1, 2, 3].map(() => post("/api/twilio/voice", ring(sid))));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await callsWith(sid)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(rang.filter((s) => s === sid)).toHaveLength(1);
  });

  it("answers 403 and stores nothing for a bad signature, another URL or a changed parameter", async () => {
    const cases = [
      {
        name: "no signature",
        res: () =>
          fetch(`${c.url}/api/twilio/voice`, {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams(ring(sid)),
          }),
      },
      {
        name: "wrong token",
        res: () => post("/api/twilio/voice", ring(sid), { token: "not-the-auth-token-0123456789" }),
      },
      { name: "another URL", res: () => post("/api/twilio/voice", ring(sid), { url: `${c.url}/api/twilio/status` }) },
      {
        name: "a changed parameter",
        res: () => post("/api/twilio/voice", ring(sid), { params: ring(sid, "+6280000000000") }),
      },
    ];
    const sid = newCallSid();
    for (const k of cases) {
      const res = await k.res();
      expect(res.status, k.name).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("bad_signature");
    }
    expect(await callsWith(sid)).toHaveLength(0);
  });

  it("follows a status sequence: answered, then completed, with their times", async () => {
    const sid = newCallSid();
    await post("/api/twilio/voice", ring(sid));
    expect((await post("/api/twilio/status", { ...ring(sid), CallStatus: "in-progress" })).status).toBe(204);
    const [answered] = await callsWith(sid);
    expect(answered).toMatchObject({ status: "in_progress" });
    expect(answered!.answeredAt).not.toBeNull();
    expect((await post("/api/twilio/status", { ...ring(sid), CallStatus: "completed" })).status).toBe(204);
    // A late retry of an earlier status changes nothing.
    expect((await post("/api/twilio/status", { ...ring(sid), CallStatus: "in-progress" })).status).toBe(204);
    const [done] = await callsWith(sid);
    expect(done).toMatchObject({ status: "completed", answeredAt: answered!.answeredAt });
    expect(new Date(done!.endedAt!).getTime()).toBeGreaterThanOrEqual(new Date(done!.answeredAt!).getTime());
  });

  it("puts a caller who hangs up before an answer on the callback list, until called back", async () => {
    const sid = newCallSid();
    await post("/api/twilio/voice", ring(sid, "+6285700000001"));
    await post("/api/twilio/status", { ...ring(sid, "+6285700000001"), CallStatus: "completed" });
    const list = async () => await c.data<CallView[]>("/api/calls?status=callback", { as: "operator" });
    const abandoned = (await list()).find((x) => x.callSid === sid);
    expect(abandoned).toMatchObject({ status: "abandoned", answeredAt: null });
    expect((await c.api(`/api/calls/${abandoned!.id}/callback`, { method: "POST", as: "operator" })).status).toBe(200);
    expect((await list()).some((x) => x.callSid === sid)).toBe(false);
  });

  it("rings a training call through the same webhook, signed with the training token", async () => {
    const res = await c.api("/api/twilio/training", {
      method: "POST",
      as: "operator",
      json: { from: "+6281100000000" },
    });
    expect(res.status).toBe(201);
    const { data } = (await res.json()) as { data: { callSid: string } };
    expect((await callsWith(data.callSid))[0]).toMatchObject({
      training: true,
      status: "ringing",
      callerNumber: "+6281100000000",
    });
  });

  it("answers 403 to a signature made with an invented training token", async () => {
    const res = await post("/api/twilio/voice", ring(newCallSid()), { token: "guessed-training-token" });
    expect(res.status).toBe(403);
  });

  it("knows a caller rung through Twilio as +62 by the prank calls logged by hand as 08", async () => {
    for (const typed of ["0813-7700-0001", "0813 7700 0001", "6281377000001"]) {
      const logged = await c.api("/api/calls", { method: "POST", as: "operator", json: { callerNumber: typed } });
      expect(logged.status).toBe(201);
      const { data } = (await logged.json()) as { data: CallView };
      expect(data.callerNumber).toBe("+6281377000001");
      expect(
        (
          await c.api(`/api/calls/${data.id}/classify`, {
            method: "POST",
            as: "operator",
            json: { classification: "prank" },
          })
        ).status,
      ).toBe(200);
    }
    const sid = newCallSid();
    await post("/api/twilio/voice", ring(sid, "+6281377000001"));
    const [call] = await callsWith(sid);
    const history = await c.data<{ counts: Record<string, number>; repeatedPrank: boolean }>(
      `/api/calls/${call!.id}/history`,
      { as: "operator" },
    );
    expect(history.counts).toEqual({ prank: 3 });
    expect(history.repeatedPrank).toBe(true);
  });
});
