import type { Browser, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { CallView } from "@/lib/calls/call-view";
import id from "@/lib/i18n/messages/id.json";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent } from "@/lib/realtime/events";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

import { launchChromium, signIn } from "./support/browser";
import { saveScreenshot, waitForLive } from "./support/console-in-browser";

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Commits one item after another through the API until stopped: the screen is loaded while
// they arrive, so some commit between its data read and its socket's connect.
function commitInALoop(create: (n: number) => Promise<string>) {
  const committed: string[] = [];
  let stopped = false;
  const done = (async () => {
    for (let n = 0; !stopped; n++) {
      committed.push(await create(n));
      await tick(25);
    }
  })();
  const atLeast = async (n: number) => {
    while (committed.length < n) await tick(10);
  };
  return {
    committed,
    atLeast,
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}

/** What the page itself fetched from the event log (its cursors' resyncs), counted. */
function watchResyncs(page: Page) {
  const fetched: LoggedEvent[] = [];
  page.on("response", (res: Response) => {
    if (!res.url().includes("/api/events?after=")) return;
    void res.json().then(
      (body: { data: { events: LoggedEvent[] } }) => fetched.push(...body.data.events),
      () => undefined,
    );
  });
  return fetched;
}

const socketsOpened = (page: Page) => {
  const urls: string[] = [];
  page.on("websocket", (ws) => ws.url().includes("/socket.io/") && urls.push(ws.url()));
  return urls;
};

describe.each(testDatabaseKinds())("a screen's data and its place in the event stream on %s", (kind) => {
  let c: RunningConsole;
  let browser: Browser;
  beforeAll(async () => {
    [c, browser] = await Promise.all([startConsole(kind), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await c?.stop();
  });

  const eventsAfter = async (seq: number) =>
    (await c.data<{ events: LoggedEvent[] }>(`/api/events?after=${seq}&limit=1000`, { as: "dispatcher" })).events;
  const sinceSeqIn = (html: string) => Number(/data-since-seq="(\d+)"/.exec(html)?.[1]);
  const countOn = (page: Page, attribute: string, value: string) => page.locator(`[${attribute}="${value}"]`).count();

  it("shows every incident committed while /dispatch loads exactly once, and keeps its one socket through a language switch", async () => {
    const { context, page } = await signIn(browser, c.url, c.users.dispatcher!.email, c.users.dispatcher!.password);
    const before = (await c.data<IncidentView[]>("/api/incidents?status=open", { as: "dispatcher" })).map(
      (i) => i.number,
    );
    const sockets = socketsOpened(page);
    const resynced = watchResyncs(page);
    const loop = commitInALoop(async (n) => {
      const res = await c.api("/api/incidents", {
        method: "POST",
        as: "operator",
        json: {
          type: "banjir",
          priority: "P2",
          lat: -6.2 + (n % 40) * 0.001,
          lon: 106.84 + (n % 7) * 0.002,
          description: `loop ${n}`,
        },
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as { data: IncidentView }).data.number;
    });
    await loop.atLeast(3);
    // Only the sockets of the page under test count, not the one sign-in landed on.
    await waitForLive(page);
    sockets.length = 0;
    const html = await (await page.goto("/dispatch"))!.text();
    await waitForLive(page);
    await tick(1_000);
    await loop.stop();

    const all = [...before, ...loop.committed];
    await page.waitForFunction((n) => document.querySelectorAll("[data-incident]").length >= n, all.length, {
      timeout: 10_000,
    });
    await tick(300);
    // The page's data is exact at its seq: nothing it holds comes again after it, and what
    // came after it is everything it lacked.
    const sinceSeq = sinceSeqIn(html);
    const rendered = new Set([...html.matchAll(/data-incident="([^"]+)"/g)].map((m) => m[1]!));
    const later = (await eventsAfter(sinceSeq)).flatMap((e) =>
      e.type === "incident.created" ? [e.payload.incident.number] : [],
    );
    expect(rendered.size).toBeGreaterThan(before.length);
    expect(later.length).toBeGreaterThan(0);
    expect(later.filter((n) => rendered.has(n))).toEqual([]);
    expect(new Set([...rendered, ...later])).toEqual(new Set(all));
    // Some were committed after the data was read and before the socket listened: the
    // page fetched them when it connected.
    expect(resynced.filter((e) => e.type === "incident.created").length).toBeGreaterThan(0);
    for (const number of all) expect(await countOn(page, "data-incident", number), number).toBe(1);
    expect(await page.locator("[data-incident]").count()).toBe(all.length);
    await saveScreenshot(page, `dispatch-stream-${kind}`);

    // A language switch renders the layout and the page again on the server, with a newer
    // seq: the socket stays, and the list neither loses nor repeats anything.
    await page.getByRole("combobox", { name: id.nav.language }).selectOption("en");
    await page.waitForFunction(() => document.documentElement.lang === "en", undefined, { timeout: 15_000 });
    const after = commitInALoop(async (n) => {
      const res = await c.api("/api/incidents", {
        method: "POST",
        as: "operator",
        json: { type: "medis", priority: "P1", lat: -6.18, lon: 106.82 + n * 0.001 },
      });
      return ((await res.json()) as { data: IncidentView }).data.number;
    });
    await tick(500);
    await after.stop();
    const everything = [...all, ...after.committed];
    await page.waitForFunction((n) => document.querySelectorAll("[data-incident]").length >= n, everything.length, {
      timeout: 10_000,
    });
    await tick(300);
    for (const number of everything) expect(await countOn(page, "data-incident", number), number).toBe(1);
    expect(await page.locator("[data-incident]").count()).toBe(everything.length);
    expect(sockets).toHaveLength(1);
    await context.close();
  });

  it("shows every call logged while /calls loads exactly once in the queue", async () => {
    const { context, page } = await signIn(browser, c.url, c.users.operator!.email, c.users.operator!.password);
    const resynced = watchResyncs(page);
    const loop = commitInALoop(async (n) => {
      const res = await c.api("/api/calls", {
        method: "POST",
        as: "supervisor",
        json: { callerNumber: `+62812${String(1_000_000 + n)}` },
      });
      expect(res.status).toBe(201);
      return String(((await res.json()) as { data: CallView }).data.id);
    });
    await loop.atLeast(3);
    const html = await (await page.goto("/calls"))!.text();
    await waitForLive(page);
    await tick(1_000);
    await loop.stop();
    const rendered = new Set([...html.matchAll(/data-call-id="(\d+)"/g)].map((m) => m[1]!));
    const all = loop.committed.concat([...rendered].filter((x) => !loop.committed.includes(x)));
    await page.waitForFunction((n) => document.querySelectorAll("[data-call-id]").length >= n, all.length, {
      timeout: 10_000,
    });
    await tick(300);
    const later = (await eventsAfter(sinceSeqIn(html))).flatMap((e) =>
      e.type === "call.logged" ? [String(e.payload.call.id)] : [],
    );
    expect(rendered.size).toBeGreaterThan(0);
    expect(later.length).toBeGreaterThan(0);
    expect(later.filter((x) => rendered.has(x))).toEqual([]);
    expect(resynced.filter((e) => e.type === "call.logged").length).toBeGreaterThan(0);
    for (const callId of all) expect(await countOn(page, "data-call-id", callId), callId).toBe(1);
    expect(await page.locator("[data-call-id]").count()).toBe(all.length);
    await saveScreenshot(page, `calls-stream-${kind}`);
    await context.close();
  });
});
