import { describe, expect, it } from "vitest";

import { signInRule } from "@/lib/auth/sign-in-rule";
import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";

import { submitSignIn } from "./support/browser";
import { saveScreenshot, useConsoleInBrowser } from "./support/console-in-browser";

// The console's own address is http://127.0.0.1:PORT; no TRUSTED_ORIGINS.
const e2e = useConsoleInBrowser();
const alertOf = async (page: Awaited<ReturnType<typeof e2e.anonymous>>) => {
  const alert = page.locator("form [role=alert]");
  await alert.waitFor({ timeout: 10_000 });
  return alert.textContent();
};

describe("sign-in refusals in the form", () => {
  it("says a page at an unlisted address is not registered, in the user's language, never a wrong password", async () => {
    const other = e2e.console.url.replace("127.0.0.1", "localhost");
    for (const [locale, messages] of [
      ["id", id],
      ["en", en],
    ] as const) {
      const page = await e2e.anonymous();
      // The language cookie belongs to the address the page is at.
      await page.context().addCookies([{ name: "locale", value: locale, url: other }]);
      await page.goto(`${other}/sign-in`);
      await page.locator("#email").fill(e2e.console.users.operator!.email);
      await page.locator("#password").fill(e2e.console.users.operator!.password);
      await page.locator("form button[type=submit]").click();
      expect(await alertOf(page)).toBe(messages.signIn.invalidOrigin.replace("{origin}", other));
      expect(new URL(page.url()).pathname).toBe("/sign-in");
      await saveScreenshot(page, `sign-in-refused-origin-${locale}`);
      await page.context().close();
    }
  });

  it("shows a locked account with how long to wait", async () => {
    const { email, password } = e2e.console.users.monitor!;
    const page = await e2e.anonymous();
    await page.goto("/sign-in");
    // The wrong guesses as the page itself would send them, then the right password in the form.
    const statuses = await page.evaluate(
      async ({ email, n }) => {
        const out: number[] = [];
        for (let i = 0; i < n; i++) {
          const res = await fetch("/api/auth/sign-in/email", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ email, password: `wrong-password-${i}` }),
          });
          out.push(res.status);
        }
        return out;
      },
      { email, n: signInRule.max },
    );
    expect(statuses).toEqual(Array<number>(signInRule.max).fill(401));
    await submitSignIn(page, email, password);
    const minutes = Math.ceil(signInRule.lockoutS / 60);
    expect(await alertOf(page)).toBe(
      id.signIn.lockedOut.replace("{wait}", id.signIn.waitMinutes.replace("{n}", String(minutes))),
    );
    expect(await page.locator("form [role=alert]").getAttribute("data-problem")).toBe("lockedOut");
    await saveScreenshot(page, "sign-in-locked-out");
    await page.context().close();
  });
});
