import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { CallView } from "@/lib/calls/call-view";
import type { LoggedEvent } from "@/lib/realtime/events";
import { startFakeTwilioMessages } from "@/lib/testing/fake-twilio-messages";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

const ACCOUNT = `AC${"6".repeat(32)}`;
type Link = { url: string; expiresAt: string; texted: boolean };

// The caller's own location by a one-time link: made by the call-taker, texted through the real
// twilio client to a local stand-in for Twilio's Messages API, opened without sign-in, used once.
// Links here live 6 seconds, so that expiry is seen without waiting half an hour.
describe.each(testDatabaseKinds())("caller location links on %s", (kind) => {
  let c: RunningConsole;
  let fake: Awaited<ReturnType<typeof startFakeTwilioMessages>>;
  const got: LoggedEvent[] = [];

  beforeAll(async () => {
    fake = await startFakeTwilioMessages(ACCOUNT);
    c = await startConsole(kind, {
      LOCATION_LINK_MINUTES: "0.1",
      TWILIO_ACCOUNT_SID: ACCOUNT,
      TWILIO_AUTH_TOKEN: "location-test-auth-token-0123456789",
      TWILIO_SMS_FROM: "+14155550112",
      TWILIO_API_BASE_URL: fake.url,
    });
    const operator = c.socket("operator");
    operator.on("event:logged", (e) => got.push(e));
    await new Promise<void>((r) => operator.once("connect", () => r()));
  });
  afterAll(async () => {
    await c?.stop();
    await fake?.close();
  });

  const newLink = async (callerNumber: string) => {
    const call = (
      (await (await c.api("/api/calls", { method: "POST", as: "operator", json: { callerNumber } })).json()) as {
        data: CallView;
      }
    ).data;
    const res = await c.api(`/api/calls/${call.id}/location-link`, { method: "POST", as: "operator" });
    expect(res.status).toBe(201);
    return { call, link: ((await res.json()) as { data: Link }).data };
  };
  const post = (url: string, body: string) =>
    fetch(url.replace("/l/", "/api/location/"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });

  it("texts the caller a link whose page sends the phone's point once, live to the call-taker", async () => {
    const { call, link } = await newLink("0812 7000 0001");
    expect(link.texted).toBe(true);
    expect(link.url).toMatch(new RegExp(`^${c.url}/l/[A-Za-z0-9_-]{32}$`));
    await fake.received(1);
    const sms = fake.requests.at(-1)!;
    expect(sms.form.To).toBe(call.callerNumber);
    expect(sms.form.Body).toContain(link.url);
    // The SMS's result is an event; the link itself is in no event (it is a key).
    await expect
      .poll(() => got.find((e) => e.type === "call.location_texted" && e.payload.callId === call.id)?.type)
      .toBe("call.location_texted");
    expect(JSON.stringify(got)).not.toContain(link.url.split("/l/")[1]);

    // The page opens without sign-in, with its one script under the page's nonce.
    const page = await fetch(link.url);
    expect(page.status).toBe(200);
    const html = await page.text();
    const nonce = /'nonce-([^']+)'/.exec(page.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce).toBeDefined();
    expect(html).toContain(`<script nonce="${nonce}">`);
    expect(html).not.toContain(call.callerNumber);

    // Bad input changes nothing: the link still works after it.
    expect((await post(link.url, JSON.stringify({ lat: 95, lon: 106.8 }))).status).toBe(422);
    expect((await post(link.url, "{not json")).status).toBe(400);
    const sent = await post(link.url, JSON.stringify({ lat: -6.1754, lon: 106.8272, accuracy: 14.5 }));
    expect(sent.status).toBe(200);
    await expect
      .poll(() => got.find((e) => e.type === "call.location_shared" && e.payload.callId === call.id)?.payload)
      .toMatchObject({ callId: call.id, lat: -6.1754, lon: 106.8272, accuracyM: 14.5 });

    // Single use: a second post, and the page itself, say the link is gone.
    const again = await post(link.url, JSON.stringify({ lat: -6.2, lon: 106.8 }));
    expect(again.status).toBe(410);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe("link_gone");
    expect((await fetch(link.url)).status).toBe(410);
    expect(got.filter((e) => e.type === "call.location_shared" && e.payload.callId === call.id)).toHaveLength(1);
  });

  it("refuses an expired link, and one that was never made", async () => {
    const { link } = await newLink("0812 7000 0002");
    await new Promise((r) => setTimeout(r, 6_500));
    expect((await fetch(link.url)).status).toBe(410);
    expect((await post(link.url, JSON.stringify({ lat: -6.1754, lon: 106.8272 }))).status).toBe(410);
    expect((await fetch(`${c.url}/l/${"A".repeat(32)}`)).status).toBe(410);
    expect((await fetch(`${c.url}/l/short`)).status).toBe(410);
  });

  it("makes links only for call handlers, and only for calls that exist", async () => {
    expect((await c.api("/api/calls/1/location-link", { method: "POST", as: "polsek" })).status).toBe(403);
    expect((await c.api("/api/calls/2147483647/location-link", { method: "POST", as: "operator" })).status).toBe(404);
  });
});
