import { describe, expect, it } from "vitest";

import id from "@/lib/i18n/messages/id.json";
import { postAsTwilio } from "@/lib/testing/post-as-twilio";
import { newCallSid } from "@/lib/twilio/ring-training-call";

import { saveScreenshot, useConsoleInBrowser, waitForLive } from "./support/console-in-browser";

const AUTH_TOKEN = "e2e-twilio-auth-token-0123456789abcdef";
const e2e = useConsoleInBrowser({ TWILIO_AUTH_TOKEN: AUTH_TOKEN });

// Twilio's own post for a new call, signed by the real library.
async function ringSignedCall(from: string): Promise<number> {
  const params = { CallSid: newCallSid(), From: from, To: "112", CallStatus: "ringing" };
  return (await postAsTwilio(`${e2e.console.url}/api/twilio/voice`, AUTH_TOKEN, params)).status;
}

describe("call intake in the browser", () => {
  it("rings a call, which the call-taker logs by keyboard alone, and the dispatcher sees the incident live", async () => {
    const operator = await e2e.signInAs("operator");
    const dispatcher = await e2e.signInAs("dispatcher");
    await operator.page.goto("/calls");
    await dispatcher.page.goto("/dispatch");
    await Promise.all([waitForLive(operator.page), waitForLive(dispatcher.page)]);
    await operator.page.evaluate(() => Object.assign(window, { e2eMark: true }));

    // The ring reaches the operator's queue without a reload.
    expect(await ringSignedCall("+6281311112222")).toBe(200);
    const queued = operator.page.getByTestId("call-queue").locator("li", { hasText: "+6281311112222" });
    await queued.waitFor({ timeout: 10_000 });
    expect(await queued.getAttribute("data-status")).toBe("ringing");

    // Keyboard only: Alt+J answers the longest-waiting call and focuses the form.
    const kb = operator.page.keyboard;
    await kb.press("Alt+j");
    await operator.page.getByTestId("caller-history").waitFor();
    await expect.poll(() => operator.page.evaluate(() => document.activeElement?.id)).toBe("classification");
    await kb.press("Tab");
    await kb.type(id.incidentTypes.kebakaran);
    await kb.press("Tab");
    await kb.type("P1");
    await kb.press("Tab");
    await kb.type("Gambir");
    await operator.page.locator("[role=option]", { hasText: "Gambir" }).first().waitFor();
    await saveScreenshot(operator.page, "intake-place-completion");
    await kb.press("Enter");
    await operator.page.getByTestId("resolved-place").filter({ hasText: "Gambir" }).waitFor();
    // A place chosen by name keeps its name, and says it stands for the area's centre.
    expect(await operator.page.locator("#place").inputValue()).toBe("Gambir (kelurahan)");
    expect(await operator.page.getByTestId("area-centre").textContent()).toContain("Gambir");
    // The cameras around the place come up beside the map at once, in the API's ranking.
    // The place chosen: the first of the gazetteer's answers, the kelurahan Gambir.
    const [gambir] = await e2e.console.data<{ lat: number; lon: number }[]>("/api/places/search?q=Gambir", {
      as: "operator",
    });
    const cameras = await e2e.console.data<{ name: string }[]>(
      `/api/cameras/near?lat=${gambir!.lat}&lon=${gambir!.lon}`,
      { as: "operator" },
    );
    expect(cameras.length).toBeGreaterThan(0);
    const nearby = operator.page.getByTestId("nearby-cameras").locator("li .name");
    await expect.poll(() => nearby.allTextContents(), { timeout: 10_000 }).toEqual(cameras.map((c) => c.name));
    await kb.press("Tab");
    await kb.type("Depan Stasiun Gambir");
    await kb.press("Tab");
    await kb.type("Asap dari lantai dua, penghuni masih di dalam");
    await saveScreenshot(operator.page, "calls-intake-filled");
    await kb.press("Control+Enter");

    const result = operator.page.getByTestId("intake-result");
    await result.waitFor({ timeout: 5_000 });
    const number = /112-\d{8}-\d{4}/.exec((await result.textContent()) ?? "")?.[0];
    expect(number).toBeDefined();
    expect(await operator.page.evaluate(() => "e2eMark" in window)).toBe(true);
    await saveScreenshot(operator.page, "calls-intake-done");

    // The dispatcher's list shows it without a reload, with its place resolved.
    const row = dispatcher.page.locator(`tr[data-incident="${number}"]`);
    await row.waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toContain("Gambir");
    expect(await row.textContent()).toContain(id.incidentTypes.kebakaran);
    await saveScreenshot(dispatcher.page, "dispatch-live-incident");

    const stored = await e2e.console.data<
      { number: string; type: string; priority: string; address: string; description: string }[]
    >("/api/incidents?status=open", { as: "dispatcher" });
    expect(stored.find((i) => i.number === number)).toMatchObject({
      type: "kebakaran",
      priority: "P1",
      address: "Depan Stasiun Gambir",
      description: "Asap dari lantai dua, penghuni masih di dalam",
    });
    await Promise.all([operator.context.close(), dispatcher.context.close()]);
  });

  it("shows a clear message and stores nothing when the place is missing", async () => {
    const { context, page } = await e2e.signInAs("operator");
    await page.goto("/calls");
    await waitForLive(page);
    const before = (await e2e.console.data<unknown[]>("/api/incidents?status=all", { as: "dispatcher" })).length;
    expect(await ringSignedCall("+6281399990000")).toBe(200);
    await page.getByTestId("call-queue").locator("li", { hasText: "+6281399990000" }).getByRole("button").click();
    await page.locator("#type").selectOption("banjir");
    await page.locator("#priority").selectOption("P2");
    await page.getByRole("button", { name: id.intake.create }).click();
    const message = page.getByTestId("form-message");
    await message.waitFor();
    expect(await message.textContent()).toBe(id.intake.errors.check);
    expect(await page.locator("#place").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator(".place-field .error").allTextContents()).toEqual([id.intake.errors.placeMissing]);
    await page.locator("#place").fill("-6.9147, 107.6098");
    // Changing the place takes its error away at once.
    await expect.poll(() => page.getByTestId("form-message").count()).toBe(0);
    expect(await page.locator("#place").getAttribute("aria-invalid")).toBe("false");
    await page.getByTestId("resolved-place").filter({ hasText: id.intake.outside }).waitFor();
    await page.getByRole("button", { name: id.intake.create }).click();
    await page.getByTestId("form-message").filter({ hasText: id.intake.errors.outside }).waitFor();
    // Said once on the field (by the place's own check) and once for the form, in Indonesian.
    expect(await page.locator(".place-field .error").allTextContents()).toEqual([id.intake.outside]);
    await saveScreenshot(page, "calls-intake-outside");
    const after = (await e2e.console.data<unknown[]>("/api/incidents?status=all", { as: "dispatcher" })).length;
    expect(after).toBe(before);
    await context.close();
  });

  it("reads a pasted Google Maps link, a Plus Code and a point at sea, and refuses a short link with why", async () => {
    const { context, page } = await e2e.signInAs("operator");
    await page.goto("/calls");
    await waitForLive(page);
    expect(await ringSignedCall("+6281399991111")).toBe(200);
    await page.getByTestId("call-queue").locator("li", { hasText: "+6281399991111" }).getByRole("button").click();
    const place = page.locator("#place");
    const resolved = page.getByTestId("resolved-place");

    // A link as Google Maps shares it: the marker's !3d!4d, not the view's centre, is the place.
    await place.fill(
      "https://www.google.com/maps/place/Monumen+Nasional/@-6.1753924,106.8249779,17z/data=!3m1!4b1!4m6!3m5!1s0x2e69f5d2e764b12d:0x3d2ad6e1e0e9bcc8!8m2!3d-6.1753924!4d106.8271528",
    );
    await resolved.filter({ hasText: "Gambir, Gambir, Kota Jakarta Pusat" }).waitFor();
    expect(await resolved.getAttribute("data-method")).toBe("google-maps");
    expect(await page.getByTestId("place-read-as").textContent()).toContain(id.intake.placeMethods["google-maps"]);
    expect(await page.locator("[role=option]").count()).toBe(0);
    await saveScreenshot(page.locator(".place-field"), "intake-place-google-maps-link");
    await saveScreenshot(page, "intake-place-google-maps-link-page");

    // A short Plus Code with its locality, recovered against Jakarta.
    await place.fill("RRGF+XX Jakarta");
    await resolved.filter({ hasText: "Gambir" }).and(page.locator("[data-method=plus-code]")).waitFor();
    expect(await page.getByTestId("place-read-as").textContent()).toContain("Plus Code");

    // At sea in Jakarta Bay: Jakarta's, in the nearest kelurahan, and saved as such.
    await place.fill("https://maps.google.com/maps?q=-6.07%2C106.84&z=17&hl=id");
    await resolved.and(page.locator("[data-at-sea]")).waitFor();
    expect(await resolved.textContent()).toContain("di laut, kelurahan terdekat");
    expect(await resolved.getAttribute("role")).toBeNull();
    await saveScreenshot(page.locator(".place-field"), "intake-place-at-sea");

    // Next door: outside, with the neighbour named.
    await place.fill("-6.2383, 106.9756");
    await resolved.filter({ hasText: "Di luar DKI Jakarta: Kota Bekasi." }).waitFor();

    // A short link needs the network: refused on the field at once, with the reason.
    await place.fill("https://maps.app.goo.gl/x1Yz2AbCdEf");
    const problem = page.getByTestId("place-problem");
    await problem.waitFor();
    expect(await problem.getAttribute("data-problem")).toBe("placeShortLink");
    expect(await problem.textContent()).toBe(id.intake.errors.placeShortLink);
    expect(await place.getAttribute("aria-invalid")).toBe("true");
    expect(await resolved.count()).toBe(0);
    await context.close();
  });

  it("lets a camera monitor raise an incident from a live camera with the same form", async () => {
    const { context, page } = await e2e.signInAs("monitor");
    await page.goto("/cameras/live");
    await waitForLive(page);
    const first = page.getByTestId("live-cameras").locator("li").first();
    await first.getByRole("button", { name: id.cameraMonitor.raise }).click();
    await page.getByTestId("resolved-place").waitFor();
    await page.locator("#type").selectOption("gangguan_ketertiban");
    await page.locator("#priority").selectOption("P3");
    await page.locator("#description").fill("Kerumunan menutup jalan");
    await page.getByRole("button", { name: id.intake.create }).click();
    const number = /112-\d{8}-\d{4}/.exec((await page.getByTestId("intake-result").textContent()) ?? "")?.[0];
    await saveScreenshot(page, "cameras-raised");
    const incidents = await e2e.console.data<{ number: string; source: string; sourceCameraId: number | null }[]>(
      "/api/incidents?status=open",
      { as: "dispatcher" },
    );
    const raised = incidents.find((i) => i.number === number);
    expect(raised?.source).toBe("camera");
    expect(raised?.sourceCameraId).toBeGreaterThan(0);
    await context.close();
  });
});
