import os from "node:os";

import { launchChromium, signIn } from "@/e2e/support/browser";
import { worldShare } from "@/lib/cameras/tile-grid";
import { seededRandom } from "@/lib/random";

import { benchDatabases, startBenchConsole } from "./support/bench-console";
import { format, reportFigure } from "./support/figures";
import { spreadOf } from "./support/percentile";

// The camera map at a million cameras: camera tiles over HTTP (each tile asked once, so none is
// served from the console's cache; then the same tiles again, cached), and the /map page in
// Chromium: its first draw and the frames per second while the dispatcher pans.
const CAMERAS = Number(process.env.BENCH_CAMERAS ?? 1_000_000);
const TILES = Number(process.env.BENCH_TILES ?? 600);
const PASSWORD = "bench-password-0123";
const EMAIL = "dispatcher@bench.siaga112.id";
// Jakarta's extent; the zooms a dispatcher uses, from the whole city to a street.
const WEST = 106.68;
const EAST = 106.98;
const NORTH = -6.08;
const SOUTH = -6.37;
const ZOOMS = [10, 11, 12, 13, 14, 15, 16];

/** Distinct tiles over Jakarta, shuffled: every zoom's tiles, at most TILES / zooms of each. */
function jakartaTiles(): string[] {
  const rand = seededRandom(11);
  const out: string[] = [];
  for (const z of ZOOMS) {
    const n = 2 ** z;
    const [x0, y0] = worldShare(WEST, NORTH).map((v) => Math.floor(v * n)) as [number, number];
    const [x1, y1] = worldShare(EAST, SOUTH).map((v) => Math.floor(v * n)) as [number, number];
    const all: string[] = [];
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) all.push(`${z}/${x}/${y}`);
    all.sort(() => rand() - 0.5);
    out.push(...all.slice(0, Math.ceil(TILES / ZOOMS.length)));
  }
  return out.sort(() => rand() - 0.5);
}

async function timeTiles(url: string, token: string, tiles: string[]) {
  const samples: number[] = [];
  let bytes = 0;
  for (const t of tiles) {
    const began = performance.now();
    const res = await fetch(`${url}/api/tiles/cameras/${t}`, { headers: { authorization: `Bearer ${token}` } });
    const body = await res.arrayBuffer();
    samples.push(performance.now() - began);
    if (!res.ok) throw new Error(`tile ${t}: ${res.status}`);
    bytes = Math.max(bytes, body.byteLength);
  }
  return { samples, bytes };
}

const spread = (samples: number[]) => {
  const s = spreadOf(samples);
  return { p99: s.p99, detail: `median ${format(s.median)}, max ${format(s.max)} ms over ${samples.length} tiles` };
};

for (const kind of benchDatabases()) {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  console.log(`camera-tiles on ${kind}, ${CAMERAS.toLocaleString("en")} cameras (load ${load})`);
  const c = await startBenchConsole(kind, { SEED_CAMERAS: "0" }, [{ email: EMAIL, role: "dispatcher" }], [], CAMERAS);
  try {
    const times = c.registryTimes!;
    console.log(`  registry generated in ${format(times.insertedMs / 1000)} s`);
    reportFigure({
      name: `the map's clusters counted from ${CAMERAS.toLocaleString("en")} cameras, ${kind}`,
      value: times.clusteredMs / 1000,
      unit: "s",
    });
    const tiles = jakartaTiles();
    const cold = await timeTiles(c.url, c.tokens[0]!, tiles);
    const s = spread(cold.samples);
    reportFigure({
      name: `a camera tile at ${CAMERAS.toLocaleString("en")} cameras (zoom 10 to 16, not cached), ${kind}, p99`,
      value: s.p99,
      unit: "ms",
      target: 50,
      detail: `${s.detail}; largest ${(cold.bytes / 1024).toFixed(0)} KB`,
    });
    const warm = spread((await timeTiles(c.url, c.tokens[0]!, tiles)).samples);
    reportFigure({
      name: `the same tiles again, cached, ${kind}, p99`,
      value: warm.p99,
      unit: "ms",
      detail: warm.detail,
    });
    await measureMap(c.url);
  } finally {
    await c.stop();
  }
}

async function measureMap(url: string) {
  const browser = await launchChromium();
  try {
    const { page } = await signIn(browser, url, EMAIL, PASSWORD);
    const began = performance.now();
    await page.goto("/map");
    await page.locator("[data-testid=map][data-map-ready=true]").waitFor({ timeout: 60_000 });
    reportFigure({
      name: `in Chromium, /map with ${CAMERAS.toLocaleString("en")} cameras: navigation to first draw`,
      value: (performance.now() - began) / 1000,
      unit: "s",
      target: 2,
    });
    // Pan by dragging for three seconds, counting the frames the page paints meanwhile.
    const box = (await page.getByTestId("map").boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    // A string, not a function: tsx would wrap a function's inner arrows in a helper the page lacks.
    await page.evaluate(`(() => {
      window.benchFrames = 0;
      window.benchCounting = true;
      const tick = () => {
        window.benchFrames++;
        if (window.benchCounting) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    const start = performance.now();
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 0; performance.now() - start < 3_000; i++) {
      const a = i / 20;
      await page.mouse.move(cx + Math.cos(a) * 250, cy + Math.sin(a) * 150, { steps: 2 });
    }
    await page.mouse.up();
    const frames = Number(await page.evaluate("window.benchCounting = false, window.benchFrames"));
    const seconds = (performance.now() - start) / 1000;
    reportFigure({
      name: `in Chromium (SwiftShader, no GPU), frames per second while panning /map`,
      value: frames / seconds,
      unit: "/s",
      detail: `${frames} frames in ${seconds.toFixed(1)} s`,
    });
  } finally {
    await browser.close();
  }
}
