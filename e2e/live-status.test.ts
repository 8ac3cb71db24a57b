import { describe, expect, it } from "vitest";

import id from "@/lib/i18n/messages/id.json";

import { saveScreenshot, useConsoleInBrowser, waitForLive } from "./support/console-in-browser";

const e2e = useConsoleInBrowser();

interface Station {
  id: number;
  code: string;
  staffed: boolean;
}

describe("live status", () => {
  it("shows a station's staffing change made through the API on the admin page at once, without reload", async () => {
    const { context, page } = await e2e.signInAs("admin");
    await page.goto("/admin");
    await waitForLive(page);
    expect(await page.getByTestId("live-status").textContent()).toBe(id.live.connected);
    // A reload would lose this mark.
    await page.evaluate(() => Object.assign(window, { e2eMark: true }));

    const stations = await e2e.console.data<Station[]>("/api/map/stations", { as: "admin" });
    const station = stations.find((s) => s.code === "POLSEK-3172010")!;
    const res = await e2e.console.api(`/api/stations/${station.id}/staffing`, {
      as: "admin",
      method: "POST",
      json: { staffed: !station.staffed },
    });
    expect(res.status).toBe(200);

    const event = page
      .getByTestId("recent-events")
      .locator('li[data-event-type="station.staffing_changed"]')
      .filter({ hasText: station.code });
    await event.waitFor({ timeout: 10_000 });
    // Told as a sentence in the user's language: "POLSEK-3172010: tidak berjaga".
    expect(await event.textContent()).toMatch(
      new RegExp(`${station.code}: ${station.staffed ? "tidak berjaga" : "berjaga"}$`),
    );
    expect(await page.getByLabel(`${id.pages.admin.staffed} ${station.code}`).isChecked()).toBe(!station.staffed);
    expect(await page.evaluate(() => "e2eMark" in window)).toBe(true);
    await saveScreenshot(page, "admin-live-event");
    await context.close();
  });
});
