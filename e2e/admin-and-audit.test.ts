import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";

import { launchChromium, signIn, submitSignIn } from "./support/browser";
import { saveScreenshot, waitForLive } from "./support/console-in-browser";

// The admin makes an account on /admin, the new officer signs in with it, and the audit
// trail shows both; each screen in both languages, saved for a person to look at.
describe("the admin's and the audit screens", () => {
  let c: RunningConsole;
  let browser: Browser;
  beforeAll(async () => {
    [c, browser] = await Promise.all([startConsole("pglite"), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await c?.stop();
  });

  it("creates a polsek officer from the admin screen, who can then sign in", async () => {
    const admin = c.users.admin!;
    const { context, page } = await signIn(browser, c.url, admin.email, admin.password, "id");
    await page.goto("/admin");
    await waitForLive(page);
    const form = page.locator("[data-testid=create-account]");
    await form.getByLabel(id.pages.admin.name).fill("Bripka Sari");
    await form.getByLabel(id.pages.admin.email).fill("sari@siaga112.test");
    await form.locator("select[name=role]").selectOption("polsek");
    await form.locator("select[name=stationCode]").selectOption(c.users.polsek!.stationCode!);
    await form.getByLabel(id.pages.admin.password).fill("sandi-sari-0001");
    await form.locator("button[type=submit]").click();
    await page.locator("[data-testid=accounts] tr[data-email='sari@siaga112.test']").waitFor({ timeout: 15_000 });
    expect(await form.getByRole("status").textContent()).toContain("sari@siaga112.test");
    await page.locator("[data-testid=place-map][data-map-ready=true]").waitFor({ timeout: 30_000 });
    await saveScreenshot(page, "admin-id");
    await saveScreenshot(page.locator(".station-editor"), "admin-station-id");
    await context.close();

    const officer = await browser.newContext({ baseURL: c.url });
    const officerPage = await officer.newPage();
    await submitSignIn(officerPage, "sari@siaga112.test", "sandi-sari-0001");
    await officerPage.waitForURL(/\/polsek/, { timeout: 20_000 });
    await officer.close();
  });

  it("shows the admin screen in English, and un-staffing asks first", async () => {
    const admin = c.users.admin!;
    const { context, page } = await signIn(browser, c.url, admin.email, admin.password, "en");
    await page.goto("/admin");
    await waitForLive(page);
    await page.locator("[data-testid=place-map][data-map-ready=true]").waitFor({ timeout: 30_000 });
    await saveScreenshot(page, "admin-en");
    await saveScreenshot(page.locator(".station-editor"), "admin-station-en");
    await page.getByLabel(`${en.pages.admin.staffed} ${c.users.polsekOther!.stationCode}`).click();
    const ask = page.getByRole("alertdialog");
    await ask.waitFor();
    expect(await ask.textContent()).toContain(en.pages.admin.noOpenJobs);
    await saveScreenshot(ask, "admin-unstaff-en");
    await ask.getByRole("button", { name: en.pages.admin.cancel }).click();
    await context.close();
  });

  it.each([
    ["id", id],
    ["en", en],
  ] as const)("lists the trail with its filters in %s", async (locale, m) => {
    const supervisor = c.users.supervisor!;
    const { context, page } = await signIn(browser, c.url, supervisor.email, supervisor.password, locale);
    await page.goto("/audit?action=audit.");
    await waitForLive(page);
    expect(await page.locator("h1").textContent()).toBe(m.audit.title);
    const rows = page.locator("[data-testid=audit-table] tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(1);
    expect(await rows.first().getAttribute("data-event-type")).toBe("audit.user_created");
    expect(await page.locator("[data-testid=audit-csv]").getAttribute("href")).toBe("/api/audit.csv?action=audit.");
    await page.goto("/audit");
    await waitForLive(page);
    await saveScreenshot(page, `audit-${locale}`);
    await context.close();
  });
});
