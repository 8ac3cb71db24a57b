import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import id from "@/lib/i18n/messages/id.json";
import { postAsTwilio } from "@/lib/testing/post-as-twilio";
import { newCallSid } from "@/lib/twilio/ring-training-call";

import { saveScreenshot, useConsoleInBrowser, waitForLive } from "./support/console-in-browser";

const AUTH_TOKEN = "e2e-twilio-auth-token-0123456789abcdef";
const e2e = useConsoleInBrowser({ TWILIO_AUTH_TOKEN: AUTH_TOKEN });

// Twilio's own post for a new call, signed by the real library.
async function ringSignedCall(from: string): Promise<void> {
  const params = { CallSid: newCallSid(), From: from, To: "112", CallStatus: "ringing" };
  expect((await postAsTwilio(`${e2e.console.url}/api/twilio/voice`, AUTH_TOKEN, params)).status).toBe(200);
}

const row = (page: Page, number: string) => page.getByTestId("call-queue").locator("li", { hasText: number });

/** What the form shows, field by field. */
async function formOf(page: Page) {
  return {
    classification: await page.locator("#classification").inputValue(),
    type: await page.locator("#type").inputValue(),
    priority: await page.locator("#priority").inputValue(),
    place: await page.locator("#place").inputValue(),
    address: await page.locator("#address").inputValue(),
    description: await page.locator("#description").inputValue(),
  };
}

const first = {
  classification: "emergency",
  type: "kebakaran",
  priority: "P1",
  place: "Gambir (kelurahan)",
  address: "Depan Stasiun Gambir",
  description: "Asap dari lantai dua",
};

describe("call drafts in the browser", () => {
  it("keeps each call's form through answering another call and a reload, and says what is wrong with a place typed out of range", async () => {
    const { context, page } = await e2e.signInAs("operator");
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto("/calls");
    await waitForLive(page);

    // The first call: answered, and its form filled in.
    await ringSignedCall("+6281355500001");
    await row(page, "+6281355500001").getByRole("button", { name: id.calls.answer }).click();
    await page.getByTestId("caller-history").filter({ hasText: "+6281355500001" }).waitFor();
    await page.locator("#type").selectOption("kebakaran");
    await page.locator("#priority").selectOption("P1");
    await page.locator("#place").fill("Gambir");
    await page.locator("[role=option]", { hasText: "Gambir" }).first().click();
    await page.getByTestId("resolved-place").filter({ hasText: "Gambir" }).waitFor();
    await page.locator("#address").fill(first.address);
    await page.locator("#description").fill(first.description);
    expect(await formOf(page)).toEqual(first);

    // A second call rings and Alt+J answers it: a fresh form, for that call.
    await ringSignedCall("+6281355500002");
    await row(page, "+6281355500002").waitFor();
    await page.keyboard.press("Alt+j");
    await page.getByTestId("caller-history").filter({ hasText: "+6281355500002" }).waitFor();
    expect(await formOf(page)).toMatchObject({ type: "", priority: "", place: "", address: "", description: "" });
    expect(await row(page, "+6281355500001").getByTestId("has-draft").count()).toBe(1);

    // Numbers that are no place: an error on the field, in Indonesian, and the screen goes on.
    await page.locator("#place").fill("999, 9");
    const problem = page.getByTestId("place-problem");
    await expect.poll(() => problem.textContent()).toBe(id.intake.errors.placeRange);
    expect(await page.locator("#place").getAttribute("aria-invalid")).toBe("true");
    await saveScreenshot(page, "calls-place-out-of-range");
    await page.locator("#place").fill("106.8272, -6.1754");
    await expect.poll(() => problem.getAttribute("data-problem")).toBe("placeSwapped");
    expect(await problem.textContent()).toContain(id.intake.errors.placeSwapped);
    await page.locator("#type").selectOption("medis");
    await page.getByRole("button", { name: id.intake.create }).click();
    await page.getByTestId("form-message").filter({ hasText: id.intake.errors.check }).waitFor();
    await saveScreenshot(page, "calls-place-swapped");
    expect(await page.getByTestId("panel-failed").count()).toBe(0);
    expect(await page.getByTestId("place-map").count()).toBe(1);
    expect(await page.getByTestId("call-queue").isVisible()).toBe(true);
    // One key puts the numbers the right way round.
    await page.getByRole("button", { name: id.intake.swap }).click();
    expect(await page.locator("#place").inputValue()).toBe("-6.1754, 106.8272");
    await page.getByTestId("resolved-place").filter({ hasText: "Gambir" }).waitFor();
    await expect.poll(() => page.getByTestId("place-problem").count()).toBe(0);

    // Back to the first call: everything as it was left, the resolved place too.
    await row(page, "+6281355500001").getByRole("button", { name: id.calls.handling }).click();
    await page.getByTestId("caller-history").filter({ hasText: "+6281355500001" }).waitFor();
    expect(await formOf(page)).toEqual(first);
    await page.getByTestId("resolved-place").filter({ hasText: "Gambir" }).waitFor();
    await page.getByTestId("area-centre").filter({ hasText: "Gambir" }).waitFor();
    await saveScreenshot(page, "calls-draft-restored");

    // A reload: the open call comes back with its draft, and so does the other one.
    await page.reload();
    await waitForLive(page);
    await page.getByTestId("caller-history").filter({ hasText: "+6281355500001" }).waitFor();
    expect(await formOf(page)).toEqual(first);
    await row(page, "+6281355500002").getByRole("button", { name: id.calls.handling }).click();
    await page.getByTestId("caller-history").filter({ hasText: "+6281355500002" }).waitFor();
    expect(await formOf(page)).toMatchObject({ type: "medis", place: "-6.1754, 106.8272" });
    await page.getByTestId("resolved-place").filter({ hasText: "Gambir" }).waitFor();
    await saveScreenshot(page, "calls-draft-after-reload");

    // The second call is handed over: ringing again for everyone; the first is saved, and its draft goes.
    await page.getByTestId("hand-over").click();
    await expect.poll(() => row(page, "+6281355500002").getAttribute("data-status")).toBe("ringing");
    await row(page, "+6281355500001").getByRole("button", { name: id.calls.handling }).click();
    await page.locator("#description").press("Control+Enter");
    const result = page.getByTestId("intake-result");
    await result.filter({ hasText: /112-\d{8}-\d{4}/ }).waitFor({ timeout: 5_000 });
    const stored = await page.evaluate(
      () =>
        Object.entries(sessionStorage)
          .filter(([k]) => k.startsWith("siaga112.call-drafts"))
          .map(([, v]) => String(v))[0] ?? "",
    );
    const drafts = Object.values((JSON.parse(stored) as { drafts: Record<string, { placeText: string }> }).drafts);
    expect(drafts.map((d) => d.placeText)).toEqual(["-6.1754, 106.8272"]);
    await saveScreenshot(page, "calls-draft-saved");

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
