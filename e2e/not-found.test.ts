import { describe, expect, it } from "vitest";

import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";

import { saveScreenshot, useConsoleInBrowser } from "./support/console-in-browser";

const e2e = useConsoleInBrowser();

describe("a missing page", () => {
  it("answers 404 with the console's own page in Bahasa Indonesia, and in English once switched", async () => {
    const page = await e2e.anonymous();
    const res = await page.goto("/tidak-ada/halaman-ini");
    expect(res?.status()).toBe(404);
    expect(await page.locator("html").getAttribute("lang")).toBe("id");
    expect(await page.locator("[data-testid=not-found] h1").textContent()).toBe(id.errors.notFound.title);
    expect(await page.getByRole("link", { name: id.errors.notFound.home }).getAttribute("href")).toBe("/");
    await saveScreenshot(page, "not-found-id");

    await page.getByRole("combobox", { name: id.nav.language }).selectOption("en");
    await page.waitForFunction(() => document.documentElement.lang === "en", undefined, { timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe("/tidak-ada/halaman-ini");
    expect(await page.locator("[data-testid=not-found] h1").textContent()).toBe(en.errors.notFound.title);
    expect(await page.locator("[data-testid=not-found]").textContent()).toContain(en.errors.notFound.body);
    await saveScreenshot(page, "not-found-en");
    await page.context().close();
  });

  it("is the same page for a signed-in user, who goes home from it", async () => {
    const { context, page } = await e2e.signInAs("dispatcher", "en");
    expect((await page.goto("/dispatch/no-such-screen"))?.status()).toBe(404);
    expect(await page.locator("[data-testid=not-found] h1").textContent()).toBe(en.errors.notFound.title);
    await page.getByRole("link", { name: en.errors.notFound.home }).click();
    await page.waitForURL((url) => url.pathname === "/dispatch", { timeout: 20_000 });
    await context.close();
  });
});
