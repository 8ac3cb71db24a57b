import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

import type { Locale } from "@/lib/i18n/locales";

// Debian's Chromium, with the flags this machine's closed network needs.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/** A fresh browser profile on the console, in the given language (the `locale` cookie) or the default. */
export async function newConsoleContext(browser: Browser, baseUrl: string, locale?: Locale): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
  if (locale) await context.addCookies([{ name: "locale", value: locale, url: baseUrl }]);
  return context;
}

/** Fills and sends the sign-in form on /sign-in; the caller decides what should follow. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("form button[type=submit]").click();
}

export async function signIn(
  browser: Browser,
  baseUrl: string,
  email: string,
  password: string,
  locale?: Locale,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newConsoleContext(browser, baseUrl, locale);
  const page = await context.newPage();
  await submitSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 20_000 });
  return { context, page };
}
