import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { CallView } from "@/lib/calls/call-view";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent } from "@/lib/realtime/events";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

import { jakartaDay } from "./incident-number";

const monas = { lat: -6.1754, lon: 106.8272 };
interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string[]> };
}

// The stations' ranking is logged once the incident has committed, whenever it is ready.
const typesOf = (timeline: { type: string }[]) =>
  timeline.map((e) => e.type).filter((t) => t !== "incident.recommended");

describe.each(testDatabaseKinds())("incidents on %s", (kind) => {
  let c: RunningConsole;
  beforeAll(async () => {
    c = await startConsole(kind);
  });
  afterAll(async () => {
    await c?.stop();
  });

  const create = (body: unknown, as = "operator") => c.api("/api/incidents", { method: "POST", as, json: body });
  const count = async () => (await c.data<IncidentView[]>("/api/incidents?status=all", { as: "dispatcher" })).length;
  const logCall = async (callerNumber: string) =>
    await c.data<CallView>("/api/calls", { method: "POST", as: "operator", json: { callerNumber } });

  it("creates an incident with its number and its kecamatan and kota, and every dispatcher sees it live", async () => {
    const dispatcher = c.socket("dispatcher");
    await new Promise<void>((r) => dispatcher.once("connect", () => r()));
    const seen = new Promise<LoggedEvent>((resolve) =>
      dispatcher.on("event:logged", (e) => e.type === "incident.created" && resolve(e)),
    );
    const res = await create({
      type: "kebakaran",
      priority: "P1",
      ...monas,
      address: "Jl. Medan Merdeka",
      description: "Asap tebal",
    });
    expect(res.status).toBe(201);
    const { data } = (await res.json()) as { data: IncidentView };
    expect(data.number).toMatch(new RegExp(`^112-${jakartaDay(new Date()).replaceAll("-", "")}-\\d{4}$`));
    expect(data).toMatchObject({
      type: "kebakaran",
      priority: "P1",
      status: "open",
      kecamatan: { name: "Gambir" },
      kota: { code: "3173" },
    });
    const event = await seen;
    expect(event.type === "incident.created" && event.payload.incident.id).toBe(data.id);
  });

  it("gives unique, consecutive numbers to 20 incidents made at once", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        create({ type: "medis", priority: "P2", lat: monas.lat - 0.01 - i * 0.001, lon: monas.lon }),
      ),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const numbers = await Promise.all(
      results.map(async (r) => ((await r.json()) as { data: IncidentView }).data.number),
    );
    expect(new Set(numbers).size).toBe(20);
    const counts = numbers.map((n) => Number(n.split("-")[2])).sort((a, b) => a - b);
    expect(counts.at(-1)! - counts[0]!).toBe(19);
    expect(numbers.every((n) => /^112-\d{8}-\d{4}$/.test(n))).toBe(true);
  });

  it("offers an open incident of the same type within 300 m and 30 minutes, and links the call to it", async () => {
    const original = (
      (await (await create({ type: "pohon_tumbang", priority: "P3", lat: -6.2297, lon: 106.8295 })).json()) as {
        data: IncidentView;
      }
    ).data;
    const near = async (type: string, lat: number, lon: number) =>
      c.data<(IncidentView & { distanceM: number })[]>(`/api/incidents/duplicates?type=${type}&lat=${lat}&lon=${lon}`, {
        as: "operator",
      });
    const offered = await near("pohon_tumbang", -6.231, 106.83); // about 150 m away
    expect(offered.map((i) => i.id)).toContain(original.id);
    expect(offered.find((i) => i.id === original.id)!.distanceM).toBeLessThan(300);
    expect((await near("pohon_tumbang", -6.24, 106.83)).map((i) => i.id)).not.toContain(original.id); // about 1.1 km
    expect((await near("banjir", -6.231, 106.83)).map((i) => i.id)).not.toContain(original.id);

    const call = await logCall("+6281200000002");
    const linked = await c.api(`/api/calls/${call.id}/link`, {
      method: "POST",
      as: "operator",
      json: { incidentId: original.id },
    });
    expect(linked.status).toBe(200);
    const detail = await c.data<IncidentView & { calls: CallView[]; timeline: { type: string }[] }>(
      `/api/incidents/${original.id}`,
      { as: "dispatcher" },
    );
    expect(detail.calls.map((x) => x.id)).toEqual([call.id]);
    expect(detail.calls[0]!.classification).toBe("duplicate");
    expect(typesOf(detail.timeline)).toEqual(["incident.created", "call.linked"]);
    const again = await c.api(`/api/calls/${call.id}/link`, {
      method: "POST",
      as: "operator",
      json: { incidentId: original.id },
    });
    expect(again.status).toBe(409);
  });

  it("classifies the reporting call as an emergency and links it when the incident is made from it", async () => {
    const call = await logCall("+6281200000003");
    const res = await create({
      type: "kecelakaan_lalu_lintas",
      priority: "P2",
      lat: -6.2088,
      lon: 106.8456,
      callId: call.id,
    });
    const { data } = (await res.json()) as { data: IncidentView };
    const detail = await c.data<{ calls: CallView[]; timeline: { type: string }[] }>(`/api/incidents/${data.id}`, {
      as: "dispatcher",
    });
    expect(detail.calls[0]).toMatchObject({ id: call.id, classification: "emergency", incidentId: data.id });
    expect(typesOf(detail.timeline)).toEqual(["incident.created", "call.classified"]);
    const before = await count();
    expect((await create({ type: "medis", priority: "P2", ...monas, callId: call.id })).status).toBe(409);
    expect(await count()).toBe(before);
  });

  it("refuses bad input with a clear error and stores nothing", async () => {
    const before = await count();
    const cases: [unknown, number, string, string?][] = [
      [{ type: "kebakaran", priority: "P1" }, 422, "invalid_input", "lat"],
      [{ type: "kebakaran", priority: "P1", lat: -6.9147, lon: 107.6098 }, 422, "outside_jakarta", "lat"],
      [{ type: "kebakaran", priority: "P1", lat: -95, lon: 106.8 }, 422, "invalid_input", "lat"],
      [{ type: "kebakaran", priority: "P1", lat: -6.2, lon: 200 }, 422, "invalid_input", "lon"],
      [{ type: "gempa", priority: "P1", ...monas }, 422, "invalid_input", "type"],
      [{ type: "kebakaran", priority: "P9", ...monas }, 422, "invalid_input", "priority"],
      [{ type: "kebakaran", priority: "P1", ...monas, callId: 999999 }, 404, "not_found"],
    ];
    for (const [body, status, code, field] of cases) {
      const res = await create(body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      const err = (await res.json()) as ErrorBody;
      expect(err.error.code).toBe(code);
      if (field) expect(Object.keys(err.error.fields ?? {})).toContain(field);
    }
    expect(
      (
        (await create({ type: "kebakaran", priority: "P1", lat: -6.9147, lon: 107.6098 }).then((r) =>
          r.json(),
        )) as ErrorBody
      ).error.message,
    ).toMatch(/outside DKI Jakarta/);
    expect(await count()).toBe(before);
  });

  it("lets a camera monitor raise an incident from a camera", async () => {
    const res = await create(
      { type: "gangguan_ketertiban", priority: "P3", lat: -6.1862, lon: 106.8229, cameraId: 12 },
      "monitor",
    );
    expect(res.status).toBe(201);
    expect(((await res.json()) as { data: IncidentView }).data).toMatchObject({ source: "camera", sourceCameraId: 12 });
    expect((await create({ type: "medis", priority: "P3", ...monas, cameraId: 99_999_999 }, "monitor")).status).toBe(
      404,
    );
    expect((await create({ type: "medis", priority: "P3", ...monas }, "polsek")).status).toBe(403);
  });
});
