import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { IncidentView } from "@/lib/incidents/incident-view";
import { cookieJar } from "@/lib/testing/cookie-jar";
import { type EventFollower, fetchEventsAfter, fetchSettledEvents, followEvents } from "@/lib/testing/event-follower";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { startStickyProxy, type StickyProxy } from "@/lib/testing/sticky-proxy";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const WRITERS = 4;
const FOLLOWERS = 6;

// Two console processes on one PostgreSQL with socket.io's PostgreSQL adapter, behind a sticky
// load balancer on loopback (lib/testing/sticky-proxy, as the README's nginx configuration
// does it). One is killed (SIGKILL) under write load: its sockets reconnect through the proxy
// to the other and fetch exactly the events they missed; no incident answered 201 is lost.
describe.runIf(process.env.TEST_DATABASE_URL)("two consoles behind a proxy, one killed under load", () => {
  let a: RunningConsole;
  let b: RunningConsole;
  let proxy: StickyProxy;
  beforeAll(async () => {
    a = await startConsole("postgres", { REALTIME_ADAPTER: "postgres" });
    b = await startConsole("postgres", { REALTIME_ADAPTER: "postgres" }, a);
    proxy = await startStickyProxy([a.url, b.url]);
  });
  afterAll(async () => {
    await proxy?.close();
    await b?.stop();
    await a?.stop();
  });

  it("moves the killed console's clients to the other, each resynced exactly, with every acknowledged incident", async () => {
    const token = a.users.dispatcher!.token;
    const start = (await fetchEventsAfter(a.url, token, 0)).at(-1)?.seq ?? 0;
    // Dispatchers' screens through the proxy, in turn on either console; half of them on
    // socket.io's polling transport, which needs the sticky cookie.
    const followers: EventFollower[] = Array.from({ length: FOLLOWERS }, (_, i) =>
      followEvents(proxy.url, token, start, i % 2 ? ["polling"] : ["websocket", "polling"]),
    );
    await Promise.all(followers.map((f) => new Promise((r) => f.socket.once("connect", () => r(null)))));

    // Writers through the proxy, each with its own cookies (so held to one console), as
    // call-takers' browsers are. A post cut off by the kill was never acknowledged: tried again.
    const statuses: number[] = [];
    const acknowledged: number[] = [];
    let running = true;
    const writer = async (w: number) => {
      const jar = cookieJar();
      for (let i = 0; running; i++) {
        try {
          const res = jar.take(
            await fetch(`${proxy.url}/api/incidents`, {
              method: "POST",
              headers: {
                authorization: `Bearer ${a.users.operator!.token}`,
                "content-type": "application/json",
                cookie: jar.header(),
              },
              body: JSON.stringify({
                type: "kebakaran",
                priority: "P1",
                lat: -6.2 - 0.001 * w,
                lon: 106.84 + 0.0001 * (i % 50),
              }),
            }),
          );
          statuses.push(res.status);
          if (res.status === 201) acknowledged.push(((await res.json()) as { data: IncidentView }).data.id);
          else await res.text();
        } catch {
          statuses.push(0);
        }
      }
    };
    const load = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    await sleep(1_500);
    const settled = followers.filter((f) => f.connects.length === 1);

    await a.kill();
    const killedAt = Date.now();
    await sleep(3_000);
    running = false;
    await load;

    const listed = await b.data<IncidentView[]>("/api/incidents?status=all&limit=1000", { as: "dispatcher" });
    const ids = new Set(listed.map((i) => i.id));
    const lost = acknowledged.filter((id) => !ids.has(id));
    const log = await fetchSettledEvents(b.url, token, start);
    for (const f of followers) await f.reach(log.at(-1)!.seq, 10_000);
    const moved = followers.filter((f) => f.connects.length > 1);
    const resyncMs = moved.map((f) => f.resyncs.find((t) => t > killedAt)! - killedAt);
    console.log(
      `[console-failover] ${acknowledged.length} incidents acknowledged, ${lost.length} lost; answers ${JSON.stringify(countBy(statuses))}; ${moved.length} of ${FOLLOWERS} sockets moved to the other console, resynced ${resyncMs.join(", ")} ms after the kill; proxy sent ${proxy.sent.join(" / ")}`,
    );

    expect(settled.length).toBe(FOLLOWERS);
    expect(lost).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
    // Only the console's answers and the proxy's 502 for a post the kill cut off.
    expect(statuses.filter((s) => s !== 201 && s !== 502)).toEqual([]);
    // The proxy spread the sockets over both: those on the killed one moved, the others stayed.
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.length).toBeLessThan(FOLLOWERS);
    for (const ms of resyncMs) expect(ms).toBeLessThan(5_000);
    for (const f of followers) {
      expect(f.applied.map((e) => e.seq)).toEqual(log.map((e) => e.seq));
      f.close();
    }
  }, 60_000);
});

const countBy = (values: number[]) =>
  values.reduce<Record<number, number>>((acc, v) => ((acc[v] = (acc[v] ?? 0) + 1), acc), {});
