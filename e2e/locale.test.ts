import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";

import { saveScreenshot, useConsoleInBrowser, waitForLive } from "./support/console-in-browser";

const e2e = useConsoleInBrowser();
const lang = (page: Page) => page.locator("html").getAttribute("lang");
const navTexts = (page: Page) => page.locator("nav[aria-label=console] a").allTextContents();

/** Picks a language in the select labelled in the current one, and waits for the page to speak it. */
async function switchLanguage(page: Page, from: typeof id, to: "id" | "en") {
  await page.getByRole("combobox", { name: from.nav.language }).selectOption(to);
  await page.waitForFunction((l) => document.documentElement.lang === l, to, { timeout: 15_000 });
}

describe("languages", () => {
  it("speaks Bahasa Indonesia by default, on the sign-in page too, and switches it to English", async () => {
    const page = await e2e.anonymous();
    await page.goto("/sign-in");
    expect(await lang(page)).toBe("id");
    expect(await page.locator("form button[type=submit]").textContent()).toBe(id.signIn.submit);
    await saveScreenshot(page, "sign-in-id");
    await switchLanguage(page, id, "en");
    expect(await page.locator("form button[type=submit]").textContent()).toBe(en.signIn.submit);
    expect(await page.locator("label[for=password]").textContent()).toBe(en.signIn.password);
    await saveScreenshot(page, "sign-in-en");
    await page.context().close();
  });

  it("switches a signed-in console to English without signing out, keeps it over a reload, and back", async () => {
    const { context, page } = await e2e.signInAs("operator");
    await waitForLive(page);
    expect(await lang(page)).toBe("id");
    expect(await navTexts(page)).toEqual([id.nav["/calls"], id.nav["/training"], id.nav["/map"]]);
    expect(await page.locator(".queue-panel h2").first().textContent()).toBe(id.calls.queue);

    await switchLanguage(page, id, "en");
    expect(new URL(page.url()).pathname).toBe("/calls");
    expect(await navTexts(page)).toEqual([en.nav["/calls"], en.nav["/training"], en.nav["/map"]]);
    expect(await page.locator(".queue-panel h2").first().textContent()).toBe(en.calls.queue);
    expect(await page.getByTestId("who").textContent()).toContain(en.roles.operator);
    expect(await page.getByRole("button", { name: en.nav.signOut }).count()).toBe(1);

    await page.reload();
    await waitForLive(page);
    expect(new URL(page.url()).pathname).toBe("/calls");
    expect(await lang(page)).toBe("en");
    expect(await navTexts(page)).toEqual([en.nav["/calls"], en.nav["/training"], en.nav["/map"]]);
    expect(await page.getByTestId("live-status").textContent()).toBe(en.live.connected);

    await switchLanguage(page, en, "id");
    expect(await navTexts(page)).toEqual([id.nav["/calls"], id.nav["/training"], id.nav["/map"]]);
    await context.close();
  });
});
