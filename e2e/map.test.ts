import { describe, expect, it } from "vitest";

import type { Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";
import { TEST_SEED_CAMERAS } from "@/lib/testing/fixture";

import { saveScreenshot, useConsoleInBrowser } from "./support/console-in-browser";
import { pngStats } from "./support/png-stats";

const e2e = useConsoleInBrowser();
const messages = { id, en } satisfies Record<Locale, unknown>;

describe("the map", () => {
  it.each(["id", "en"] as const)("draws Jakarta with the seeded cameras (%s)", async (locale) => {
    const { context, page } = await e2e.signInAs("dispatcher", locale);
    await page.goto("/map");
    const map = page.locator("[data-testid=map][data-map-ready=true]");
    await map.waitFor({ timeout: 30_000 });

    const legend = page.getByRole("complementary", { name: messages[locale].map.title });
    expect(await legend.locator("[data-testid=camera-count]").textContent()).toBe(
      TEST_SEED_CAMERAS.toLocaleString(locale),
    ); // 5.000 in Indonesian, 5,000 in English
    expect(await legend.textContent()).toContain(messages[locale].map.stations);
    await saveScreenshot(page, `map-${locale}`);

    // The canvas alone: the legend, drawn over it, would count as drawn map.
    const stats = pngStats(await map.screenshot({ style: ".map-legend { visibility: hidden }" }));
    expect(stats.colours).toBeGreaterThan(100);
    expect(stats.nonBackgroundShare).toBeGreaterThan(0.02);
    await context.close();
  });
});
