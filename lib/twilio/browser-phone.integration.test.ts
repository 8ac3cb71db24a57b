import http from "node:http";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { CallView } from "@/lib/calls/call-view";
import { freePort } from "@/lib/testing/free-port";
import { postAsTwilio } from "@/lib/testing/post-as-twilio";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";

import { newCallSid } from "./ring-training-call";

const ACCOUNT = `AC${"a".repeat(32)}`;
const AUTH_TOKEN = "phone-test-auth-token-0123456789abcdef";

// A local stand-in for Twilio's REST API: records each request, refuses calls it is told to.
interface Received {
  method: string;
  path: string;
  form: URLSearchParams;
  authorization: string;
}
function fakeTwilio(refuse: Set<string>) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({
        method: req.method!,
        path: req.url!,
        form: new URLSearchParams(body),
        authorization: req.headers.authorization ?? "",
      });
      const sid = /Calls\/(CA\w+)\.json/.exec(req.url!)?.[1] ?? "";
      res.writeHead(refuse.has(sid) ? 500 : 200, { "content-type": "application/json" });
      res.end(
        JSON.stringify(
          refuse.has(sid)
            ? { code: 20500, message: "Internal Server Error", status: 500 }
            : { sid, account_sid: ACCOUNT, status: "in-progress" },
        ),
      );
    });
  });
  return { server, received };
}

describe("browser phone with Twilio configured", () => {
  let c: RunningConsole;
  const refuse = new Set<string>();
  const fake = fakeTwilio(refuse);

  beforeAll(async () => {
    const port = await freePort();
    await new Promise<void>((r) => fake.server.listen(port, "127.0.0.1", () => r()));
    c = await startConsole("pglite", {
      TWILIO_ACCOUNT_SID: ACCOUNT,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_API_KEY: `SK${"b".repeat(32)}`,
      TWILIO_API_SECRET: "api-secret-for-tests",
      TWILIO_TWIML_APP_SID: `AP${"c".repeat(32)}`,
      TWILIO_API_BASE_URL: `http://127.0.0.1:${port}`,
    });
  });
  afterAll(async () => {
    await c?.stop();
    fake.server.close();
  });

  async function ring(): Promise<CallView> {
    const sid = newCallSid();
    await postAsTwilio(`${c.url}/api/twilio/voice`, AUTH_TOKEN, { CallSid: sid, From: "+6281277778888", To: "112" });
    const calls = await c.data<CallView[]>("/api/calls?status=active", { as: "operator" });
    return calls.find((x) => x.callSid === sid)!;
  }

  it("gives a call-taker an access token for the Voice SDK, allowing incoming calls", async () => {
    const res = await c.api("/api/twilio/token", { as: "operator" });
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: { token: string; identity: string } };
    const claims = JSON.parse(Buffer.from(data.token.split(".")[1]!, "base64url").toString()) as {
      grants: { identity: string; voice: { incoming: { allow: boolean }; outgoing: { application_sid: string } } };
      sub: string;
    };
    expect(claims.sub).toBe(ACCOUNT);
    expect(claims.grants.identity).toBe(data.identity);
    expect(claims.grants.voice.incoming.allow).toBe(true);
    expect(claims.grants.voice.outgoing.application_sid).toBe(`AP${"c".repeat(32)}`);
    expect((await c.api("/api/twilio/token", { as: "dispatcher" })).status).toBe(403);
  });

  it("connects the answered caller to the call-taker's browser phone through Twilio's REST API", async () => {
    const call = await ring();
    const res = await c.api(`/api/calls/${call.id}/answer`, { method: "POST", as: "operator" });
    expect(res.status).toBe(200);
    const request = fake.received.find((r) => r.path.includes(call.callSid!))!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe(`/2010-04-01/Accounts/${ACCOUNT}/Calls/${call.callSid}.json`);
    expect(request.form.get("Twiml")).toMatch(
      /<Dial><Client><Identity>calltaker-[^<]+<\/Identity><Parameter name="callId" value="\d+"\/><\/Client><\/Dial>/,
    );
    expect(request.authorization).toBe(
      `Basic ${Buffer.from(`SK${"b".repeat(32)}:api-secret-for-tests`).toString("base64")}`,
    );
  });

  it("leaves the call ringing, with a clear error, when Twilio cannot connect it", async () => {
    const call = await ring();
    refuse.add(call.callSid!);
    const res = await c.api(`/api/calls/${call.id}/answer`, { method: "POST", as: "operator" });
    expect(res.status).toBe(502);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/still ringing/);
    const calls = await c.data<CallView[]>("/api/calls?status=active", { as: "operator" });
    expect(calls.find((x) => x.id === call.id)).toMatchObject({ status: "ringing", answeredAt: null });
  });
});
