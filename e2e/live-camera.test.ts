import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { upsertCameras } from "@/db/queries/upsert-cameras";
import id from "@/lib/i18n/messages/id.json";
import { type HlsStream, startHlsStream } from "@/lib/testing/hls-stream";

import { saveScreenshot, useConsoleInBrowser, waitForLive } from "./support/console-in-browser";

// A camera monitor watches a real HLS stream (ffmpeg's test pattern on loopback) through the
// console's proxy: the video plays, and the page never learns the stream's address.
let stream: HlsStream;
beforeAll(async () => {
  stream = await startHlsStream();
}, 60_000);
afterAll(async () => {
  await stream?.stop();
});

const NAME = "Uji Kamera Langsung";
const e2e = useConsoleInBrowser({}, async (db) => {
  await upsertCameras(db, [
    {
      externalId: "E2E-LIVE",
      name: NAME,
      lat: -6.1754,
      lon: 106.8272,
      ownerType: "government",
      accessMode: "live",
      streamUrl: stream.playlistUrl,
      health: "online",
      source: "test",
    },
  ]);
});

describe("live camera", () => {
  it("plays a live camera for the monitor through the proxy, its video's time advancing", async () => {
    const { context, page } = await e2e.signInAs("monitor");
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto("/cameras/live");
    await waitForLive(page);
    await page.getByLabel(id.cameraMonitor.filter).fill(NAME);
    const row = page.getByTestId("live-cameras").locator("li").filter({ hasText: NAME });
    await row.getByRole("button", { name: id.livePlayer.watch }).click();
    const video = page.getByTestId("live-video");
    await page.waitForFunction(
      () => (document.querySelector<HTMLVideoElement>("[data-testid=live-video]")?.currentTime ?? 0) > 0.5,
      undefined,
      { timeout: 20_000 },
    );
    const first = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
    await page.waitForFunction(
      (t) => document.querySelector<HTMLVideoElement>("[data-testid=live-video]")!.currentTime > t + 1,
      first,
      { timeout: 10_000 },
    );
    const later = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
    expect(later).toBeGreaterThan(first + 1);
    const size = await video.evaluate((v: HTMLVideoElement) => [v.videoWidth, v.videoHeight]);
    expect(size).toEqual([320, 240]);
    await saveScreenshot(page, "cameras-live-view");
    // Everything the page fetched was the console's own; the stream's address never reached it.
    const streamHost = new URL(stream.playlistUrl).host;
    expect(requested.some((u) => u.includes(streamHost))).toBe(false);
    expect(requested.some((u) => /\/api\/cameras\/\d+\/live\/index\.m3u8$/.test(u))).toBe(true);
    expect(await page.content()).not.toContain(streamHost);
    await context.close();
  });
});
