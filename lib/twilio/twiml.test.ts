import { describe, expect, it } from "vitest";

import { greetAndQueue, sorryStayOnTheLine } from "./twiml";

describe("TwiML for the caller", () => {
  it("greets in Bahasa Indonesia and queues", () => {
    const xml = greetAndQueue();
    expect(xml).toContain('<Say language="id-ID">');
    expect(xml).toContain("<Enqueue>siaga112</Enqueue>");
  });

  it("apologises in Bahasa Indonesia when the call could not be taken, and comes back to the webhook rather than hanging up", () => {
    const xml = sorryStayOnTheLine("https://112.example.id/api/twilio/voice");
    expect(xml).toMatch(/<Say language="id-ID">[^<]*Jangan tutup telepon/);
    expect(xml).toMatch(/<Pause length="\d+"\/>/);
    expect(xml).toContain('<Redirect method="POST">https://112.example.id/api/twilio/voice</Redirect>');
    expect(xml).not.toContain("<Hangup");
  });
});
