import { describe, expect, it } from "vitest";

import id from "@/lib/i18n/messages/id.json";
import { postAsTwilio } from "@/lib/testing/post-as-twilio";
import { newCallSid } from "@/lib/twilio/ring-training-call";

import { saveScreenshot, useConsoleInBrowser, waitForLive } from "./support/console-in-browser";

const AUTH_TOKEN = "e2e-twilio-auth-token-0123456789abcdef";
const e2e = useConsoleInBrowser({ TWILIO_AUTH_TOKEN: AUTH_TOKEN });

// Beside the Monas, in Gambir, as a phone's GPS would give it.
const PHONE = { latitude: -6.1754, longitude: 106.8272, accuracy: 18 };

describe("the caller's own location by link", () => {
  it("puts the point a caller's phone sends through the link on the call-taker's form, once", async () => {
    const { page: op } = await e2e.signInAs("operator");
    await op.goto("/calls");
    await waitForLive(op);
    const from = "+6281366600001";
    const ring = await postAsTwilio(`${e2e.console.url}/api/twilio/voice`, AUTH_TOKEN, {
      CallSid: newCallSid(),
      From: from,
      To: "112",
      CallStatus: "ringing",
    });
    expect(ring.status).toBe(200);
    await op.getByTestId("call-queue").locator("li", { hasText: from }).waitFor();
    await op.keyboard.press("Alt+j");
    await op.getByTestId("caller-history").waitFor();

    // Alt+L: no Twilio SMS here, so the link is shown to be sent by hand.
    await op.keyboard.press("Alt+l");
    const linkField = op.getByLabel(id.intake.locationLinkUrl);
    await linkField.waitFor();
    const url = await linkField.inputValue();
    expect(url).toMatch(/\/l\/[A-Za-z0-9_-]{32}$/);

    // The caller's phone: no sign-in, a small screen, location allowed.
    const phone = await e2e.browser.newContext({
      viewport: { width: 360, height: 640 },
      geolocation: PHONE,
      permissions: ["geolocation"],
    });
    const p = await phone.newPage();
    const opened = performance.now();
    await p.goto(url);
    await p.locator("#status.ok").waitFor({ timeout: 10_000 });
    await op.getByTestId("caller-location").filter({ hasText: "18" }).waitFor({ timeout: 5_000 });
    const onForm = performance.now() - opened;
    expect(await op.locator("#place").inputValue()).toContain("-6.1754");
    await op.getByTestId("resolved-place").filter({ hasText: "Gambir" }).waitFor();
    await saveScreenshot(p, "caller-location-phone");
    await saveScreenshot(op, "caller-location-form");

    // Used once: opened again, it says so and asks nothing.
    const again = await p.goto(url);
    expect(again?.status()).toBe(410);
    expect(await p.locator("body").textContent()).toContain("kedaluwarsa");
    expect(await p.locator("script").count()).toBe(0);
    console.log(`caller's page opened to the point on the call-taker's form: ${onForm.toFixed(0)} ms`);
    await phone.close();
  });
});
