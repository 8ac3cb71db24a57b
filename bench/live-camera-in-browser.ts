import os from "node:os";

import { launchChromium, signIn } from "@/e2e/support/browser";
import { startHlsStream } from "@/lib/testing/hls-stream";

import { benchDatabases, startBenchConsole } from "./support/bench-console";
import { reportFigure } from "./support/figures";
import { percentile } from "./support/percentile";

// In Chromium, a camera monitor's click on a live camera to its first frame through the
// console's proxy (the playlist fetched and rewritten, the variant, then a segment decoded),
// against a real HLS stream that ffmpeg makes on loopback. Each round closes the player and
// opens it again: a new opening, as the audit trail counts them.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const PASSWORD = "bench-password-0123";
const NAME = "Bench Kamera Langsung";

const stream = await startHlsStream();
try {
  for (const kind of benchDatabases()) {
    console.log(
      `live-camera-in-browser on ${kind} (load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")})`,
    );
    const c = await startBenchConsole(
      kind,
      {},
      [{ email: "monitor@bench.siaga112.id", role: "monitor" }],
      [
        {
          externalId: "BENCH-LIVE",
          name: NAME,
          lat: -6.1754,
          lon: 106.8272,
          ownerType: "government",
          accessMode: "live",
          streamUrl: stream.playlistUrl,
          health: "online",
          source: "bench",
        },
      ],
    );
    const browser = await launchChromium();
    try {
      const { page } = await signIn(browser, c.url, "monitor@bench.siaga112.id", PASSWORD);
      await page.goto("/cameras/live");
      await page.locator("[data-testid=live-status][data-connected=true]").waitFor({ timeout: 30_000 });
      await page.locator("input.filter").fill(NAME);
      const row = page.getByTestId("live-cameras").locator("li").filter({ hasText: NAME });
      const firstFrame: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const clicked = performance.now();
        await row.locator("button").first().click();
        // The first frame: the video has a picture to show (HAVE_CURRENT_DATA) and has started.
        await page.waitForFunction(
          () => {
            const v = document.querySelector<HTMLVideoElement>("[data-testid=live-video]");
            return !!v && v.readyState >= 2 && v.videoWidth > 0;
          },
          undefined,
          { timeout: 20_000, polling: "raf" },
        );
        firstFrame.push(performance.now() - clicked);
        await page.getByTestId("live-player").locator("header button").click();
        await page.getByTestId("live-player").waitFor({ state: "detached" });
      }
      reportFigure({
        name: `in Chromium, a click on a live camera to its first frame through the proxy, loopback, ${kind}, p99`,
        value: percentile(firstFrame, 99),
        unit: "ms",
        target: 2000,
        detail: `median ${percentile(firstFrame, 50).toFixed(0)}, max ${Math.max(...firstFrame).toFixed(0)} ms over ${firstFrame.length} rounds`,
      });
    } finally {
      await browser.close();
      await c.stop();
    }
  }
} finally {
  await stream.stop();
}
