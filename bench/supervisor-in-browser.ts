import os from "node:os";

import { launchChromium, signIn } from "@/e2e/support/browser";

import { benchDatabases, startBenchConsole } from "./support/bench-console";
import { format, reportFigure } from "./support/figures";
import { percentile } from "./support/percentile";

// In Chromium, the supervisor's first load of /supervisor over a year of generated history
// (`npm run history`: the year's 637,292 calls and 100,000 incidents on PGlite, 1,000,000 on
// PostgreSQL, without events: the page reads none of a year's): from the navigation to the
// response-time chart, its table by kecamatan and the call-volume chart drawn. Each round is
// a new browser profile (nothing cached), signed in before the clock starts.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const INCIDENTS = {
  pglite: Number(process.env.BENCH_PGLITE_INCIDENTS ?? 100_000),
  postgres: Number(process.env.BENCH_POSTGRES_INCIDENTS ?? 1_000_000),
};
const PASSWORD = "bench-password-0123";
const EMAIL = "supervisor@bench.siaga112.id";
const PAGE = "/supervisor?days=30&groupBy=kecamatan";
const loadNow = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

for (const kind of benchDatabases()) {
  console.log(`supervisor-in-browser on ${kind} (load ${loadNow()})`);
  let step = performance.now();
  const c = await startBenchConsole(kind, {}, [{ email: EMAIL, role: "supervisor" }], [], 0, [
    "--months",
    "12",
    "--incidents-per-year",
    String(INCIDENTS[kind]),
    "--no-events",
  ]);
  console.log(`  ${c.historySummary} (console ready ${format((performance.now() - step) / 1000)} s after the start)`);
  const browser = await launchChromium();
  try {
    const drawn: number[] = [];
    const served: number[] = [];
    // One round more than timed: the first after the start also loads the page's server code.
    for (let round = 0; round <= ROUNDS; round++) {
      const { context, page } = await signIn(browser, c.url, EMAIL, PASSWORD);
      step = performance.now();
      await page.goto(PAGE);
      await Promise.all([
        page.locator("[data-testid=response-chart] .recharts-bar-rectangle").first().waitFor({ timeout: 60_000 }),
        page.locator("[data-testid=groups] tbody tr").first().waitFor({ timeout: 60_000 }),
        page.locator("[data-testid=volume-chart] .recharts-bar-rectangle").first().waitFor({ timeout: 60_000 }),
      ]);
      const ms = performance.now() - step;
      // The document's own time: the server's work before the first byte, and its sending.
      const server = await page.evaluate(() => {
        const [nav] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
        return nav ? nav.responseEnd - nav.requestStart : NaN;
      });
      console.log(`  round ${round}: ${format(ms)} ms (the page's document ${format(server)} ms, load ${loadNow()})`);
      if (round > 0) {
        drawn.push(ms);
        served.push(server);
      }
      await context.close();
    }
    reportFigure({
      name: `in Chromium, /supervisor's first load to its charts and table, ${INCIDENTS[kind].toLocaleString("en")} incidents a year, ${kind}, p99`,
      value: percentile(drawn, 99),
      unit: "ms",
      target: 2000,
      detail: `median ${format(percentile(drawn, 50))}, max ${format(Math.max(...drawn))} ms over ${drawn.length} new profiles; the document ${format(percentile(served, 50))} ms (median)`,
    });
  } finally {
    await browser.close();
    await c.stop();
  }
}
