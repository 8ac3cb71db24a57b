import { describe, expect, it } from "vitest";

import en from "@/lib/i18n/messages/en.json";
import { totp } from "@/lib/testing/totp";

import { newConsoleContext, submitSignIn } from "./support/browser";
import { saveScreenshot, useConsoleInBrowser } from "./support/console-in-browser";

const e2e = useConsoleInBrowser({ REQUIRE_2FA_ROLES: "admin" });

describe("the second factor in the browser", () => {
  it("sends an admin to enrol a TOTP app, then asks for its code at the next sign-in", async () => {
    const { email, password } = e2e.console.users.admin!;
    const context = await newConsoleContext(e2e.browser, e2e.console.url, "en");
    const page = await context.newPage();
    await submitSignIn(page, email, password);
    await page.waitForURL((url) => url.pathname === "/two-factor", { timeout: 20_000 });

    await page.locator("#password").fill(password);
    await page.getByRole("button", { name: en.twoFactor.start }).click();
    const secret = (await page.getByTestId("totp-secret").textContent())!;
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect((await page.getByTestId("backup-codes").textContent())!.trim().split("\n").length).toBeGreaterThan(3);
    await saveScreenshot(page, "two-factor-enrolment-en");
    await page.locator("#code").fill(totp(secret));
    await page.getByRole("button", { name: en.twoFactor.verify }).click();
    await page.waitForURL((url) => url.pathname === "/admin", { timeout: 20_000 });

    await page.getByRole("button", { name: en.nav.signOut }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in", { timeout: 20_000 });
    await submitSignIn(page, email, password);
    const code = page.locator("#code");
    await code.waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await code.fill(totp(secret));
    await page.getByRole("button", { name: en.twoFactor.verify }).click();
    await page.waitForURL((url) => url.pathname === "/admin", { timeout: 20_000 });
    await context.close();
  });
});
