import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { IncidentView } from "@/lib/incidents/incident-view";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { allowConnections, refuseConnections } from "@/lib/testing/test-databases";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// PostgreSQL only: PGlite lives inside the console's process and cannot go away without it.
describe.skipIf(!process.env.TEST_DATABASE_URL)("PostgreSQL unreachable under write load", () => {
  let c: RunningConsole;
  let database: string;
  beforeAll(async () => {
    c = await startConsole("postgres");
    database = new URL(c.database.env.DATABASE_URL!).pathname.slice(1);
  });
  afterAll(async () => {
    if (database) await allowConnections(database).catch(() => {});
    await c?.stop();
  });

  it("answers only 503 with Retry-After while it is away, 201 again once it is back, and loses nothing", async () => {
    const answers: { at: number; status: number; retryAfter: string | null }[] = [];
    const acknowledged: number[] = [];
    let running = true;
    const writer = async (w: number) => {
      for (let i = 0; running; i++) {
        const res = await c.api("/api/incidents", {
          method: "POST",
          as: "operator",
          json: { type: "medis", priority: "P2", lat: -6.1754 - 0.001 * w, lon: 106.8272 + 0.0001 * (i % 50) },
        });
        answers.push({ at: Date.now(), status: res.status, retryAfter: res.headers.get("retry-after") });
        if (res.status === 201) acknowledged.push(((await res.json()) as { data: IncidentView }).data.id);
        else await res.text();
        if (res.status !== 201) await sleep(50);
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(writer));
    await sleep(1_000);

    await refuseConnections(database);
    await sleep(3_000);
    const health = await c.api("/api/health");
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ error: { code: "unavailable" } });

    await allowConnections(database);
    const backAt = Date.now();
    while (!answers.some((a) => a.at > backAt && a.status === 201) && Date.now() - backAt < 15_000) await sleep(100);
    const firstBack = answers.find((a) => a.at > backAt && a.status === 201);
    await sleep(500);
    running = false;
    await load;

    const statuses = new Set(answers.map((a) => a.status));
    const refused = answers.filter((a) => a.status === 503);
    console.log(
      `[database-outage] ${answers.length} answers: ${refused.length} × 503, ${acknowledged.length} × 201; back to 201 ${firstBack ? firstBack.at - backAt : "never"} ms after the database`,
    );
    expect([...statuses].sort()).toEqual([201, 503]);
    for (const a of refused) expect(a.retryAfter).toBe("5");
    expect(firstBack).toBeDefined();
    expect(firstBack!.at - backAt).toBeLessThan(5_000);
    expect((await c.api("/api/health")).status).toBe(200);
    const listed = await c.data<IncidentView[]>("/api/incidents?status=all&limit=1000", { as: "dispatcher" });
    const ids = new Set(listed.map((i) => i.id));
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
  }, 60_000);
});
