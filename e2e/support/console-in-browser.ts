import fs from "node:fs";
import path from "node:path";

import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

import type { Database } from "@/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { prepareTestDatabase } from "@/lib/testing/open-test-database";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";

import { launchChromium, newConsoleContext, signIn } from "./browser";

export interface ConsoleInBrowser {
  console: RunningConsole;
  browser: Browser;
  /** A new browser profile signed in as one of the fixture's users (by role key). */
  signInAs: (key: string, locale?: Locale) => Promise<{ context: BrowserContext; page: Page }>;
  /** A new browser profile that is not signed in. */
  anonymous: (locale?: Locale) => Promise<Page>;
}

// One console on a copy of the PGlite template and one Chromium per test file; `prepare`
// changes that copy before the console starts on it (a camera pointed at a test stream).
export function useConsoleInBrowser(
  env: Record<string, string> = {},
  prepare?: (db: Database["db"]) => Promise<void>,
): ConsoleInBrowser {
  const ctx = {
    signInAs: (key, locale) => {
      const user = ctx.console.users[key];
      if (!user) throw new Error(`No test user ${key}`);
      return signIn(ctx.browser, ctx.console.url, user.email, user.password, locale);
    },
    anonymous: async (locale) => (await newConsoleContext(ctx.browser, ctx.console.url, locale)).newPage(),
  } as ConsoleInBrowser;
  beforeAll(async () => {
    const database = prepare ? await prepareTestDatabase("pglite", prepare) : undefined;
    [ctx.console, ctx.browser] = await Promise.all([
      startConsole("pglite", env, database && { database }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.console?.stop();
    // A console started on a prepared copy leaves the copy to whoever prepared it.
    if (prepare) await ctx.console?.database.drop();
  });
  return ctx;
}

/** The topbar says the socket is up: the page has hydrated and follows live events. */
export const waitForLive = (page: Page) =>
  page.locator("[data-testid=live-status][data-connected=true]").waitFor({ timeout: 15_000 });

/** Live, and any map on the page has drawn its layers. */
export async function waitForSettled(page: Page): Promise<void> {
  await waitForLive(page);
  await page.locator("[data-testid=map]:not([data-map-ready=true])").waitFor({ state: "detached", timeout: 30_000 });
}

const SCREENSHOTS = path.resolve("e2e/screenshots");

/** Saves a screenshot to e2e/screenshots/<name>.png (gitignored) for a person to look at. */
export async function saveScreenshot(target: Page | Locator, name: string): Promise<Buffer> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return target.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
