import { describe, expect, it } from "vitest";

import en from "@/lib/i18n/messages/en.json";

import { useConsoleInBrowser, waitForLive } from "./support/console-in-browser";

// A short idle time, so the test need not wait half an hour; long enough that signing in on a
// loaded machine does not outlast it.
const e2e = useConsoleInBrowser({ SESSION_IDLE_SECONDS: "15" });

describe("the idle lock", () => {
  it("shows the sign-in again after the idle time, and the session it left is refused", async () => {
    const { context, page } = await e2e.signInAs("operator", "en");
    await page.goto("/calls");
    await waitForLive(page);
    const eventsStatus = () => page.evaluate(async () => (await fetch("/api/events?after=0&limit=1")).status);
    expect(await eventsStatus()).toBe(200);
    // Nobody touches the page.
    await page.waitForURL((url) => url.pathname === "/sign-in", { timeout: 60_000 });
    expect(await page.locator("[data-testid=idle-locked]").textContent()).toBe(en.signIn.idleLocked);
    expect(await eventsStatus()).toBe(401);
    await context.close();
  });
});
