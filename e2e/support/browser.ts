import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

// Debian's Chromium, with the flags this machine's closed network needs.
export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });
}

export async function signIn(browser: Browser, baseUrl: string, email: string, password: string, locale?: "id" | "en"): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
  if (locale) await context.addCookies([{ name: "locale", value: locale, url: baseUrl }]);
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel(/email/i).fill(email);
  await page.locator("#password").fill(password);
  await page.locator("form button[type=submit]").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 20_000 });
  return { context, page };
}
