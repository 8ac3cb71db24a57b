import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { CallView } from "@/lib/calls/call-view";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent } from "@/lib/realtime/events";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

// Short enough for a test to wait out, long enough that a call logged by one step is still
// in progress at the next step on two busy cores.
const TIMEOUT_S = 6;
interface ErrorBody {
  error: { code: string; message: string };
}

describe.each(testDatabaseKinds())("handing calls over and the handling timeout on %s", (kind) => {
  let c: RunningConsole;
  beforeAll(async () => {
    c = await startConsole(kind, { CALL_HANDLING_TIMEOUT_SECONDS: String(TIMEOUT_S) });
  });
  afterAll(async () => {
    await c?.stop();
  });

  const logCall = async (callerNumber: string, as = "operator") =>
    ((await (await c.api("/api/calls", { method: "POST", as, json: { callerNumber } })).json()) as { data: CallView })
      .data;
  const release = (
    id: number | string,
    as = "operator",
    init: { json?: unknown; body?: string; headers?: Record<string, string> } = {},
  ) => c.api(`/api/calls/${id}/release`, { method: "POST", as, ...init });
  const releasedEvents = async () =>
    (await c.data<{ events: LoggedEvent[] }>("/api/events?after=0&limit=5000", { as: "supervisor" })).events.filter(
      (e) => e.type === "call.released",
    );

  it("returns an answered call to the queue, ringing for everyone, with a call.released event", async () => {
    const operator = c.socket("operator");
    await new Promise<void>((r) => operator.once("connect", () => r()));
    const call = await logCall("0812 5550 0001");
    const heard = new Promise<LoggedEvent>((resolve) =>
      operator.on("event:logged", (e) => e.type === "call.released" && e.payload.call.id === call.id && resolve(e)),
    );
    const res = await release(call.id);
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: CallView };
    expect(data).toMatchObject({
      id: call.id,
      status: "ringing",
      answeredAt: null,
      callTakerId: null,
      classification: null,
    });
    const event = await heard;
    expect(event.payload).toMatchObject({ reason: "handover", call: { id: call.id, status: "ringing" } });
    expect(event.actorId).not.toBeNull();
    // In the queue again, and anyone may take it.
    const calls = await c.data<CallView[]>("/api/calls?status=active", { as: "operator" });
    expect(calls.find((x) => x.id === call.id)?.status).toBe("ringing");
    const again = await c.api(`/api/calls/${call.id}/answer`, { method: "POST", as: "supervisor" });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { data: CallView }).data).toMatchObject({ status: "in_progress" });
  });

  it("answers 409 for a call not in progress, or already classified or part of an incident", async () => {
    const ringing = await logCall("0812 5550 0002");
    expect((await release(ringing.id)).status).toBe(200);
    const twice = await release(ringing.id);
    expect(twice.status).toBe(409);
    expect(((await twice.json()) as ErrorBody).error.code).toBe("conflict");

    const prank = await logCall("0812 5550 0003");
    expect(
      (
        await c.api(`/api/calls/${prank.id}/classify`, {
          method: "POST",
          as: "operator",
          json: { classification: "prank" },
        })
      ).status,
    ).toBe(200);
    expect((await release(prank.id)).status).toBe(409);

    const reported = await logCall("0812 5550 0004");
    const incident = await c.api("/api/incidents", {
      method: "POST",
      as: "operator",
      json: { type: "banjir", priority: "P3", lat: -6.2, lon: 106.85, callId: reported.id },
    });
    expect(incident.status).toBe(201);
    expect((await release(reported.id)).status).toBe(409);
  });

  it("checks who asks and what is sent", async () => {
    const call = await logCall("0812 5550 0005");
    expect((await release(call.id, "dispatcher")).status).toBe(403);
    expect((await release(call.id, "polsek")).status).toBe(403);
    expect((await c.api(`/api/calls/${call.id}/release`, { method: "POST" })).status).toBe(401);
    expect((await release("abc")).status).toBe(422);
    expect((await release(999_999)).status).toBe(404);
    expect((await release(call.id, "operator", { json: { reason: "lunch" } })).status).toBe(422);
    expect(
      (await release(call.id, "operator", { body: "{", headers: { "content-type": "application/json" } })).status,
    ).toBe(400);
    // An empty JSON object is as good as no body; a supervisor may hand over a call-taker's call.
    expect((await release(call.id, "supervisor", { json: {} })).status).toBe(200);
  });

  it("returns calls left unfinished past the timeout to the queue by itself, once each, and leaves finished ones", async () => {
    const supervisor = c.socket("supervisor");
    await new Promise<void>((r) => supervisor.once("connect", () => r()));
    const timedOut: LoggedEvent[] = [];
    supervisor.on("event:logged", (e) => {
      if (e.type === "call.released" && e.payload.reason === "timeout") timedOut.push(e);
    });

    const left = await logCall("0812 5550 0006");
    const classified = await logCall("0812 5550 0007");
    await c.api(`/api/calls/${classified.id}/classify`, {
      method: "POST",
      as: "operator",
      json: { classification: "info" },
    });
    const reported = await logCall("0812 5550 0008");
    const created = await c.api("/api/incidents", {
      method: "POST",
      as: "operator",
      json: { type: "pohon_tumbang", priority: "P3", lat: -6.21, lon: 106.84, callId: reported.id },
    });
    const incident = ((await created.json()) as { data: IncidentView }).data;
    expect(incident.id).toBeGreaterThan(0);

    await expect
      .poll(() => timedOut.some((e) => e.type === "call.released" && e.payload.call.id === left.id), {
        timeout: (TIMEOUT_S + 10) * 1000,
        interval: 250,
      })
      .toBe(true);
    const event = timedOut.find((e) => e.type === "call.released" && e.payload.call.id === left.id)!;
    expect(event.actorId).toBeNull();
    expect(event.payload).toMatchObject({
      reason: "timeout",
      call: { id: left.id, status: "ringing", callTakerId: null, answeredAt: null },
    });

    // A few more sweeps: nothing else moves, and the released call is not released again.
    await new Promise((r) => setTimeout(r, 3_000));
    const stored = await releasedEvents();
    const ids = (type: string) =>
      stored.filter((e) => e.payload.reason === type).map((e) => e.type === "call.released" && e.payload.call.id);
    expect(ids("timeout").filter((id) => id === left.id)).toHaveLength(1);
    expect(ids("timeout")).not.toContain(classified.id);
    expect(ids("timeout")).not.toContain(reported.id);
    const recent = await c.data<CallView[]>("/api/calls?status=recent&limit=500", { as: "operator" });
    expect(recent.find((x) => x.id === left.id)?.status).toBe("ringing");
    expect(recent.find((x) => x.id === classified.id)).toMatchObject({ status: "in_progress", classification: "info" });
    expect(recent.find((x) => x.id === reported.id)).toMatchObject({ status: "in_progress", incidentId: incident.id });
  });
});
