import { describe, expect, it } from "vitest";

import type { Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";

import { saveScreenshot, useConsoleInBrowser, waitForLive } from "./support/console-in-browser";
import { pngStats } from "./support/png-stats";

const e2e = useConsoleInBrowser();
const messages = { id, en } satisfies Record<Locale, typeof id>;

describe("cameras in the browser", () => {
  it.each(["id", "en"] as const)(
    "draws the camera tiles clustered over the city and singly in a street (%s)",
    async (locale) => {
      const { context, page } = await e2e.signInAs("dispatcher", locale);
      const tiles: number[] = [];
      page.on("response", (r) => r.url().includes("/api/tiles/cameras/") && tiles.push(r.status()));
      await page.goto("/map#10.5/-6.2/106.83");
      const map = page.locator("[data-testid=map][data-map-ready=true]");
      await map.waitFor({ timeout: 30_000 });
      await saveScreenshot(page, `cameras-map-city-${locale}`);
      // The canvas alone, the legend hidden: the clusters and boundaries are drawn.
      const stats = pngStats(await map.screenshot({ style: ".map-legend { visibility: hidden }" }));
      expect(stats.nonBackgroundShare).toBeGreaterThan(0.02);
      await page.evaluate(() => (location.hash = "#16.5/-6.1754/106.8272"));
      await page.waitForResponse((r) => /\/api\/tiles\/cameras\/16\//.test(r.url()), { timeout: 15_000 });
      await page.waitForTimeout(1_000);
      await saveScreenshot(page, `cameras-map-street-${locale}`);
      expect(tiles.length).toBeGreaterThan(2);
      expect(tiles.every((s) => s === 200)).toBe(true);
      await context.close();
    },
  );

  it.each(["id", "en"] as const)(
    "shows the registry with its filters, counts and a camera's cone (%s)",
    async (locale) => {
      const t = messages[locale].registry;
      const { context, page } = await e2e.signInAs("admin", locale);
      await page.goto("/cameras");
      await waitForLive(page);
      const table = page.getByTestId("registry-table");
      await table.locator("tbody tr").first().waitFor();
      expect(await page.getByTestId("kota-counts").textContent()).toContain(t.perKota);
      // A filter asks the server again: every row is then a government camera.
      await page.locator("select[name=ownerType]").selectOption("government");
      const government = messages[locale].cameraVocabulary.owner.government;
      await expect
        .poll(async () =>
          (await table.locator("tbody tr td:nth-child(3)").allTextContents()).every((x) => x === government),
        )
        .toBe(true);
      await table.locator("tbody tr").first().click();
      await page.locator("[data-testid=cone-map][data-map-ready=true]").waitFor({ timeout: 30_000 });
      await page.getByRole("slider", { name: t.fov }).fill("200");
      await page.waitForTimeout(500);
      await saveScreenshot(page, `cameras-registry-${locale}`);
      await page.getByTestId("save-view").click();
      await page.getByRole("status").filter({ hasText: t.saved }).waitFor();
      await context.close();
    },
  );

  it.each(["id", "en"] as const)(
    "shows the blind spots over Jakarta and the least covered areas (%s)",
    async (locale) => {
      const { context, page } = await e2e.signInAs("supervisor", locale);
      await page.goto("/cameras/coverage");
      await page.locator("[data-testid=coverage-map][data-map-ready=true]").waitFor({ timeout: 30_000 });
      expect(Number((await page.getByTestId("coverage-cells").textContent())?.replace(/\D/g, ""))).toBeGreaterThan(
        1_000,
      );
      expect(await page.getByTestId("coverage-areas").locator("tbody tr").count()).toBeGreaterThan(30);
      await saveScreenshot(page, `cameras-coverage-${locale}`);
      await context.close();
    },
  );

  it("gives the monitor the health counts and a grid moved by keys", async () => {
    const { context, page } = await e2e.signInAs("monitor");
    await page.goto("/cameras/live");
    await waitForLive(page);
    const health = page.getByTestId("camera-health");
    expect(await health.locator("td[data-health=online]").textContent()).toMatch(/\d/);
    const grid = page.getByTestId("live-cameras");
    await grid.locator("li.cursor").waitFor();
    await page.keyboard.press("ArrowRight");
    expect(await grid.locator("li").nth(1).getAttribute("class")).toContain("cursor");
    await page.keyboard.press("r");
    await page.getByTestId("resolved-place").waitFor();
    await saveScreenshot(page, "cameras-live-id");
    await context.close();
  });
});
