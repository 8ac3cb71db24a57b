import twilio from "twilio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { allowConnections, refuseConnections } from "@/lib/testing/test-databases";

import { newCallSid } from "./ring-training-call";

const AUTH_TOKEN = "test-twilio-auth-token-0123456789abcdef";

// PostgreSQL only: an embedded PGlite lives inside the console's process, and nothing outside
// it can take it away while the console runs.
describe.skipIf(!process.env.TEST_DATABASE_URL)("the voice webhook while the database is unreachable", () => {
  let c: RunningConsole;
  let database: string;
  beforeAll(async () => {
    c = await startConsole("postgres", { TWILIO_AUTH_TOKEN: AUTH_TOKEN });
    database = new URL(c.database.env.DATABASE_URL!).pathname.slice(1);
  });
  afterAll(async () => {
    if (database) await allowConnections(database).catch(() => {});
    await c?.stop();
  });

  const voiceUrl = () => `${c.url}/api/twilio/voice`;
  function post(params: Record<string, string>, token = AUTH_TOKEN) {
    const signature = twilio.getExpectedTwilioSignature(token, voiceUrl(), params);
    return fetch(voiceUrl(), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature },
      body: new URLSearchParams(params),
    });
  }
  const ring = (sid: string) => ({
    CallSid: sid,
    From: "+6281234500001",
    To: "112",
    CallStatus: "ringing",
    Direction: "inbound",
  });
  const takeDatabaseAway = () => refuseConnections(database);

  it("keeps the caller on the line with an apology in Bahasa Indonesia, and queues the call once the database is back", async () => {
    const sid = newCallSid();
    await takeDatabaseAway();

    const res = await post(ring(sid));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/xml");
    const xml = await res.text();
    expect(xml).toContain('<Say language="id-ID">Mohon maaf, sistem kami sedang mengalami gangguan.');
    expect(xml).toContain("Jangan tutup telepon Anda");
    // Back to the same webhook, which Twilio signs again over the same public URL.
    expect(xml).toContain(`<Redirect method="POST">${voiceUrl()}</Redirect>`);
    expect(xml).not.toContain("<Enqueue>");

    // Signature and parameters are still checked first, whatever the database.
    expect((await post(ring(sid), "not-the-auth-token-0123456789")).status).toBe(403);
    const bad = await post({ ...ring(sid), CallSid: "not-a-call-sid" });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("invalid_input");

    // Twilio follows the redirect with the same call: now stored, greeted and queued, once.
    await allowConnections(database);
    const retried = await post(ring(sid));
    expect(retried.status).toBe(200);
    expect(await retried.text()).toContain("<Enqueue>siaga112</Enqueue>");
    const calls = await c.data<{ callSid: string | null }[]>("/api/calls?status=recent&limit=500", { as: "operator" });
    expect(calls.filter((x) => x.callSid === sid)).toHaveLength(1);
  });
});
