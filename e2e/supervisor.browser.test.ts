import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { generateHistory } from "@/lib/history/generate-history";
import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";
import { prepareTestDatabase } from "@/lib/testing/open-test-database";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";

import { launchChromium, signIn } from "./support/browser";
import { saveScreenshot, waitForLive } from "./support/console-in-browser";
import { pngStats } from "./support/png-stats";

// A month of generated history (its calls thinned to keep the test quick) under the console,
// then the supervisor's screen in both languages: the figures, the charts drawn from them.
describe("the supervisor's screen", () => {
  let c: RunningConsole;
  let browser: Browser;
  let history: Awaited<ReturnType<typeof generateHistory>>;
  beforeAll(async () => {
    const database = await prepareTestDatabase("pglite", async (db) => {
      history = await generateHistory(db, {
        months: 1,
        end: new Date(),
        seed: 5,
        callsPerYear: 24_000,
        events: false,
      });
    });
    [c, browser] = await Promise.all([startConsole("pglite", {}, { database }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await c?.stop();
  });

  it.each([
    ["id", id],
    ["en", en],
  ] as const)("draws the response times and the call volume with data, in %s", async (locale, m) => {
    const user = c.users.supervisor!;
    const { context, page } = await signIn(browser, c.url, user.email, user.password, locale);
    await page.goto("/supervisor?days=30&groupBy=kota");
    await waitForLive(page);
    expect(await page.locator("[data-testid=response-times] h2").textContent()).toBe(m.supervisor.responseTitle);
    // The overall table counts every generated emergency's answer, and more calls besides.
    const answered = Number(
      await page.locator("[data-testid=overall] tr[data-measure=answer] td").nth(1).textContent(),
    );
    expect(answered).toBeGreaterThan(history.incidents);
    const total = Number(await page.locator("[data-testid=overall] tr[data-measure=total] td").nth(1).textContent());
    expect(total).toBeGreaterThan(0);
    // Recharts draws one bar per kota and percentile, and a stacked bar per day and class.
    const bars = page.locator("[data-testid=response-chart] .recharts-bar-rectangle");
    await bars.first().waitFor({ timeout: 15_000 });
    expect(await bars.count()).toBeGreaterThanOrEqual(2 * 5);
    const dayBars = page.locator("[data-testid=volume-chart] .recharts-bar-rectangle");
    expect(await dayBars.count()).toBeGreaterThanOrEqual(28);
    expect(await page.locator("[data-testid=groups] tbody tr").count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator("[data-testid=prank-callers] tbody tr").count()).toBe(10);
    const chart = pngStats(await saveScreenshot(page.getByTestId("response-chart"), `supervisor-chart-${locale}`));
    expect(chart.colours).toBeGreaterThan(20);
    expect(chart.nonBackgroundShare).toBeGreaterThan(0.05);
    await saveScreenshot(page, `supervisor-${locale}`);

    // Another grouping and measure: the chart follows the tab without a new request.
    await page.goto("/supervisor?days=30&groupBy=hour");
    await page.getByRole("tab", { name: m.supervisor.measures.total }).click();
    await page.locator("[data-testid=response-chart] .recharts-bar-rectangle").first().waitFor({ timeout: 15_000 });
    expect(await page.locator("[data-testid=groups] thead th").first().textContent()).toBe(m.supervisor.groupBy.hour);
    await saveScreenshot(page, `supervisor-hour-${locale}`);
    await context.close();
  });
});
