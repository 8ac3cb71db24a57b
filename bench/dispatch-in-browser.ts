import os from "node:os";

import { launchChromium, signIn } from "@/e2e/support/browser";
import { postAsTwilio } from "@/lib/testing/post-as-twilio";
import { newCallSid } from "@/lib/twilio/ring-training-call";

import { benchDatabases, startBenchConsole } from "./support/bench-console";
import { reportFigure } from "./support/figures";
import { percentile } from "./support/percentile";

// In Chromium, three signed-in screens as in the control room: the call-taker's save to the
// dispatcher's screen showing the incident with its recommendation and cameras, and the
// dispatcher's key to the polsek's banner. Each round is a new call at Kemayoran.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
// A string, not a function: tsx would wrap a function's inner arrows in a helper the page lacks.
const MAP_IDLE = `new Promise((resolve) => {
  const map = document.querySelector("[data-testid=place-map]").consoleMap;
  if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) resolve(true);
  else map.once("idle", () => resolve(true));
})`;
const AUTH_TOKEN = "bench-twilio-auth-token-0123456789abcdef";
const PASSWORD = "bench-password-0123";
const STATION = "POLSEK-3173060";

for (const kind of benchDatabases()) {
  console.log(
    `dispatch-in-browser on ${kind} (load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")})`,
  );
  const c = await startBenchConsole(kind, { TWILIO_AUTH_TOKEN: AUTH_TOKEN }, [
    { email: "operator@bench.siaga112.id", role: "operator" },
    { email: "dispatcher@bench.siaga112.id", role: "dispatcher" },
    { email: "polsek@bench.siaga112.id", role: "polsek", stationCode: STATION },
  ]);
  const browser = await launchChromium();
  try {
    const [operator, dispatcher, polsek] = await Promise.all(
      ["operator", "dispatcher", "polsek"].map((who) => signIn(browser, c.url, `${who}@bench.siaga112.id`, PASSWORD)),
    );
    const [op, d, p] = [operator!.page, dispatcher!.page, polsek!.page];
    await Promise.all([op.goto("/calls"), d.goto("/dispatch"), p.goto("/polsek")]);
    const live = "[data-testid=live-status][data-connected=true]";
    await Promise.all([op, d, p].map((page) => page.locator(live).waitFor({ timeout: 30_000 })));

    const toDispatcher: number[] = [];
    const toBanner: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const from = `+6281300000${String(round).padStart(3, "0")}`;
      await postAsTwilio(`${c.url}/api/twilio/voice`, AUTH_TOKEN, {
        CallSid: newCallSid(),
        From: from,
        To: "112",
        CallStatus: "ringing",
      });
      await op.getByTestId("call-queue").locator("li", { hasText: from }).waitFor();
      await op.keyboard.press("Alt+j");
      await op.getByTestId("caller-history").waitFor();
      await op.locator("#type").selectOption("kriminalitas");
      await op.locator("#priority").selectOption("P1");
      await op.locator("#place").fill("-6.1595, 106.8531");
      await op.getByTestId("resolved-place").filter({ hasText: "Kemayoran" }).waitFor();
      // The call-taker saves a place they have seen: its cameras listed and the map drawn there.
      // Otherwise the first round's save would share the cores with the call-taker's own map
      // drawing its first street view, which on a real floor runs on another computer than the
      // dispatcher's screen (and which bench/place-in-browser.ts measures).
      await op.locator("[data-testid=nearby-cameras]:not([aria-busy])").waitFor();
      await op.evaluate(MAP_IDLE);
      const saved = performance.now();
      await op.keyboard.press("Control+Enter");
      const number = /112-\d{8}-\d{4}/.exec((await op.getByTestId("intake-result").textContent()) ?? "")![0];
      const detail = d.locator(`[data-testid=incident-detail][data-open-incident="${number}"]`);
      await detail.getByTestId("recommendation").locator("tbody tr").first().waitFor();
      await d.getByTestId("nearby-cameras").locator("li").first().waitFor();
      toDispatcher.push(performance.now() - saved);

      const pressed = performance.now();
      await d.keyboard.press("d");
      await p.getByTestId("new-job-banner").filter({ hasText: number }).waitFor();
      toBanner.push(performance.now() - pressed);

      // Clear the round away: the polsek opens the job from its banner and acknowledges it, the
      // dispatcher puts the incident down.
      await p.getByTestId("new-job-banner").locator("button", { hasText: number }).click();
      await p.locator("#unit").fill("Patroli 1");
      await p.locator("#unit").press("Enter");
      await p.getByTestId("new-job-banner").waitFor({ state: "detached" });
      await d.keyboard.press("Escape");
      await detail.waitFor({ state: "detached" });
    }
    for (const [name, values] of [
      ["the call-taker's save to the dispatcher's screen with recommendation and cameras", toDispatcher],
      ["the dispatcher's key to the polsek's banner", toBanner],
    ] as const)
      reportFigure({
        name: `in Chromium, ${name}, ${kind}, p99`,
        value: percentile(values, 99),
        unit: "ms",
        target: 1000,
        detail: `median ${percentile(values, 50).toFixed(0)}, max ${Math.max(...values).toFixed(0)} ms over ${values.length} rounds (${values.map((v) => v.toFixed(0)).join(", ")})`,
      });
  } finally {
    await browser.close();
    await c.stop();
  }
}
