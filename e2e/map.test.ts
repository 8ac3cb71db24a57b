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

  it("shows open incidents live, with a popup for an incident, a station and a camera", async () => {
    const { context, page } = await e2e.signInAs("dispatcher");
    await page.goto("/map");
    const map = page.locator("[data-testid=map][data-map-ready=true]");
    await map.waitFor({ timeout: 30_000 });
    await page.locator("[data-testid=live-status][data-connected=true]").waitFor();
    const before = Number(await page.getByTestId("incident-count").textContent());
    const incident = await e2e.console.data<{ number: string; lat: number; lon: number }>("/api/incidents", {
      as: "operator",
      method: "POST",
      json: { type: "banjir", priority: "P2", lat: -6.2146, lon: 106.8451, description: "Air setinggi lutut" },
    });
    await expect.poll(() => page.getByTestId("incident-count").textContent()).toBe(String(before + 1));

    // The map follows the address's #zoom/lat/lon: centre each thing, then click the centre.
    const clickAt = async (lon: number, lat: number, zoom: number) => {
      await page.evaluate((hash) => (location.hash = hash), `#${zoom}/${lat}/${lon}`);
      await page.waitForFunction((z) => location.hash.startsWith(`#${z}/`), zoom);
      await page.waitForTimeout(500);
      const box = (await map.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    };
    await clickAt(incident.lon, incident.lat, 14);
    const popup = page.getByTestId("map-popup");
    await popup.filter({ hasText: incident.number }).waitFor();
    expect(await popup.textContent()).toContain(id.incidentTypes.banjir);
    await saveScreenshot(page, "map-incident-popup");

    const [station] = await e2e.console.data<{ name: string; lat: number; lon: number }[]>("/api/map/stations", {
      as: "dispatcher",
    });
    await clickAt(station!.lon, station!.lat, 14);
    await popup.filter({ hasText: station!.name }).waitFor();

    const [camera] = await e2e.console.data<{ name: string; lat: number; lon: number }[]>(
      "/api/cameras/near?lat=-6.1754&lon=106.8272",
      { as: "dispatcher" },
    );
    await clickAt(camera!.lon, camera!.lat, 18);
    await popup.locator("[data-popup=camera]").waitFor();
    await saveScreenshot(page, "map-camera-popup");
    await context.close();
  });
});
