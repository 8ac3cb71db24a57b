import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { roles, screensFor } from "@/lib/auth/roles";

import { newConsoleContext, submitSignIn } from "./support/browser";
import { useConsoleInBrowser, waitForSettled } from "./support/console-in-browser";

const e2e = useConsoleInBrowser();

// Every violation the page's Content-Security-Policy reports, and the browser's own complaints.
async function watchedContext(): Promise<{ context: BrowserContext; page: Page; complaints: string[] }> {
  const context = await newConsoleContext(e2e.browser, e2e.console.url);
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const page = await context.newPage();
  const complaints: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) complaints.push(m.text());
  });
  return { context, page, complaints };
}

const violationsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe("the Content-Security-Policy", () => {
  it("is met by the sign-in page and every screen of every role, maps and their workers included", async () => {
    const visited: string[] = [];
    for (const role of roles) {
      const { context, page, complaints } = await watchedContext();
      await submitSignIn(page, e2e.console.users[role]!.email, e2e.console.users[role]!.password);
      expect(await violationsOf(page)).toEqual([]);
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 20_000 });
      for (const screen of screensFor(role)) {
        await page.goto(screen);
        await waitForSettled(page);
        // A screen that failed to load would show no violation either.
        expect({ role, screen, failed: await page.locator("[data-testid=failure]").count() }).toEqual({
          role,
          screen,
          failed: 0,
        });
        expect({ role, screen, violations: await violationsOf(page) }).toEqual({ role, screen, violations: [] });
        visited.push(`${role} ${screen}`);
      }
      expect(complaints).toEqual([]);
      await context.close();
    }
    expect(visited).toContain("dispatcher /map");
    console.log(`[csp] ${visited.length} screens without a violation`);
  });

  it("puts the answer's own nonce on every script of a page", async () => {
    const res = await fetch(`${e2e.console.url}/sign-in`);
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce).toBeTruthy();
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });
});
