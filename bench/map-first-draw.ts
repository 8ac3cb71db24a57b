import os from "node:os";

import { launchChromium, signIn } from "@/e2e/support/browser";

import { benchDatabases, startBenchConsole } from "./support/bench-console";
import { format, reportFigure } from "./support/figures";
import { spreadOf } from "./support/percentile";

// The /map page of a console as it starts (the default camera registry), opened again and again in
// Chromium: navigation to the map's first draw (its layers added and drawn: data-map-ready), and to
// its names and cluster counts drawn, which need the console's font files. The first opening of a
// started console also pays for Next.js loading each route; it is reported apart.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const PASSWORD = "bench-password-0123";
const EMAIL = "dispatcher@bench.siaga112.id";

// A string, not a function: tsx would wrap a function's inner arrows in a helper the page lacks.
// -1 in a build whose map draws no names.
const NAMES_DRAWN = `(() => {
  const map = document.querySelector("[data-testid=map]")?.consoleMap;
  if (!map) return -1;
  if (!map.getLayer("kota-labels")) return 0;
  return map.queryRenderedFeatures({ layers: ["kota-labels", "camera-cluster-counts"] }).length;
})()`;

for (const kind of benchDatabases()) {
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ");
  console.log(`map-first-draw on ${kind} (load ${load()})`);
  const c = await startBenchConsole(kind, { SEED_CAMERAS: "20000" }, [{ email: EMAIL, role: "dispatcher" }]);
  const browser = await launchChromium();
  try {
    const { page } = await signIn(browser, c.url, EMAIL, PASSWORD);
    const drawn: number[] = [];
    const named: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await page.goto("about:blank");
      const began = performance.now();
      await page.goto("/map");
      await page.locator("[data-testid=map][data-map-ready=true]").waitFor({ timeout: 60_000 });
      drawn.push(performance.now() - began);
      if (Number(await page.evaluate(NAMES_DRAWN)) >= 0) {
        // Polled from here: waitForFunction would evaluate the string in the page, which its CSP forbids.
        while (Number(await page.evaluate(NAMES_DRAWN)) <= 0) await new Promise((r) => setTimeout(r, 20));
        named.push(performance.now() - began);
      }
    }
    const [first, ...rest] = drawn;
    const s = spreadOf(rest);
    reportFigure({
      name: `in Chromium, /map of a started console (20,000 cameras): navigation to first draw, median of ${rest.length}, ${kind}`,
      value: s.median,
      unit: "ms",
      detail: `max ${format(s.max)} ms; the first opening ${format(first!)} ms; load ${load()}`,
    });
    if (named.length) {
      const n = spreadOf(named.slice(1));
      reportFigure({
        name: `in Chromium, /map: navigation to the kota names and cluster counts drawn, median of ${rest.length}, ${kind}`,
        value: n.median,
        unit: "ms",
        detail: `max ${format(n.max)} ms; the first opening ${format(named[0]!)} ms`,
      });
    }
  } finally {
    await browser.close();
    await c.stop();
  }
}
