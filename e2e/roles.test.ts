import { describe, expect, it } from "vitest";

import { homeFor, roles, type ScreenPath, screens, screensFor } from "@/lib/auth/roles";
import id from "@/lib/i18n/messages/id.json";

import { submitSignIn } from "./support/browser";
import { saveScreenshot, useConsoleInBrowser, waitForLive, waitForSettled } from "./support/console-in-browser";

const e2e = useConsoleInBrowser();
const allScreens = Object.keys(screens) as ScreenPath[];
const pathOf = (url: string) => new URL(url).pathname;

describe("sign-in by role", () => {
  it.each(roles)(
    "%s lands on its home screen, sees only its screens, and is sent home from the others",
    async (role) => {
      const { context, page } = await e2e.signInAs(role);
      const own = screensFor(role);
      expect(pathOf(page.url())).toBe(homeFor(role));
      await waitForSettled(page);

      const links = page.locator("nav[aria-label=console] a");
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(own);
      expect(await links.allTextContents()).toEqual(own.map((p) => id.nav[p]));
      expect(await page.locator("nav[aria-label=console] a[aria-current=page]").getAttribute("href")).toBe(
        homeFor(role),
      );
      await saveScreenshot(page, `home-${role}`);

      for (const other of allScreens.filter((p) => !own.includes(p))) {
        await page.goto(other);
        expect(pathOf(page.url()), `${role} opening ${other}`).toBe(homeFor(role));
      }
      await context.close();
    },
  );

  it("keeps a wrong password on /sign-in with the error message", async () => {
    const page = await e2e.anonymous();
    await submitSignIn(page, e2e.console.users.operator!.email, "not-the-password");
    const alert = page.locator("form [role=alert]");
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toBe(id.signIn.failed);
    expect(pathOf(page.url())).toBe("/sign-in");
    await page.goto("/calls");
    expect(pathOf(page.url())).toBe("/sign-in");
    await page.context().close();
  });

  it("signs out to /sign-in, after which a console page redirects there; the account's other screens show the sign-in too", async () => {
    // The same account in another browser, following live events.
    const elsewhere = await e2e.signInAs("dispatcher");
    await waitForLive(elsewhere.page);
    const { context, page } = await e2e.signInAs("dispatcher");
    await page.getByRole("button", { name: id.nav.signOut }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in", { timeout: 10_000 });
    // Its own sign-out: no notice. The other screen's socket is closed by the server, and it
    // shows the sign-in saying why rather than stay on data that no longer follows the log.
    expect(new URL(page.url()).search).toBe("");
    await elsewhere.page.waitForURL((url) => url.pathname === "/sign-in", { timeout: 10_000 });
    expect(await elsewhere.page.locator("[data-testid=idle-locked]").textContent()).toBe(id.signIn.idleLocked);
    await elsewhere.context.close();
    for (const screen of ["/dispatch", "/map", "/"]) {
      await page.goto(screen);
      expect(pathOf(page.url()), screen).toBe("/sign-in");
    }
    await context.close();
  });
});
