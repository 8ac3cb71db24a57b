import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { IncidentView } from "@/lib/incidents/incident-view";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

const incident = { type: "kebakaran", priority: "P1", lat: -6.1754, lon: 106.8272, description: "Asap tebal" };

describe.each(testDatabaseKinds())("Idempotency-Key on %s", (kind) => {
  let c: RunningConsole;
  beforeAll(async () => {
    c = await startConsole(kind);
  });
  afterAll(async () => {
    await c?.stop();
  });

  const post = (path: string, key: string, json: unknown, as = "operator") =>
    c.api(path, { method: "POST", as, json, headers: { "idempotency-key": key } });
  const count = async () =>
    (await c.data<IncidentView[]>("/api/incidents?status=all&limit=1000", { as: "dispatcher" })).length;

  it("makes one incident of 20 concurrent posts with one key, and gives all 20 the same answer", async () => {
    const before = await count();
    const key = `k-${kind}-${Date.now()}`;
    const answers = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const res = await post("/api/incidents", key, incident);
        return { status: res.status, body: await res.text() };
      }),
    );
    expect(answers[0]!.status).toBe(201);
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(await count()).toBe(before + 1);
  });

  it("answers a retry after a lost answer as the first time, and a different body with the key 422", async () => {
    const key = `k2-${kind}-${Date.now()}`;
    const first = await post("/api/incidents", key, incident);
    const retry = await post("/api/incidents", key, incident);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await retry.text()).toBe(await first.text());
    const other = await post("/api/incidents", key, { ...incident, priority: "P2" });
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ error: { code: "idempotency_key_reused" } });
  });

  it("scopes keys per user, and lets a failed request's key be used again", async () => {
    const key = `k3-${kind}-${Date.now()}`;
    const mine = (await post("/api/incidents", key, incident)).status;
    const theirs = (await post("/api/incidents", key, incident, "dispatcher")).status;
    expect([mine, theirs]).toEqual([201, 201]);
    const failKey = `k4-${kind}-${Date.now()}`;
    const outside = await post("/api/incidents", failKey, { ...incident, lat: -7.8, lon: 110.36 });
    expect(outside.status).toBe(422);
    expect((await post("/api/incidents", failKey, incident)).status).toBe(201);
  });

  it("does the same for a logged call, and refuses a malformed key", async () => {
    const key = `k5-${kind}-${Date.now()}`;
    const a = await post("/api/calls", key, { callerNumber: "+6281234567890" });
    const b = await post("/api/calls", key, { callerNumber: "+6281234567890" });
    expect(a.status).toBe(201);
    expect(await b.text()).toBe(await a.text());
    expect((await post("/api/calls", "bad key with spaces", { callerNumber: "+6281234567890" })).status).toBe(400);
  });
});
