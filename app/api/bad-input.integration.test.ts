import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string[]> };
}

describe.each(testDatabaseKinds())("bad input on %s", (kind) => {
  let c: RunningConsole;
  let stationPath: string;
  let lastSeq: () => Promise<number>;

  beforeAll(async () => {
    c = await startConsole(kind);
    const stations = await c.data<{ id: number }[]>("/api/map/stations", { as: "admin" });
    stationPath = `/api/stations/${stations[0]!.id}/staffing`;
    lastSeq = async () => {
      const { events } = await c.data<{ events: { seq: number }[] }>("/api/events?after=0&limit=5000", { as: "admin" });
      return events.at(-1)?.seq ?? 0;
    };
  });
  afterAll(async () => {
    await c?.stop();
  });

  async function expectRejected(res: Response, status: number, code: string, before: number) {
    expect(res.status).toBe(status);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(5);
    expect(await lastSeq()).toBe(before);
    return body;
  }

  it("answers 400 to malformed JSON", async () => {
    const before = await lastSeq();
    const res = await c.api(stationPath, {
      method: "POST",
      as: "admin",
      headers: { "content-type": "application/json" },
      body: '{"staffed": tru',
    });
    await expectRejected(res, 400, "malformed_json", before);
  });

  it("answers 422 naming the missing or wrong field", async () => {
    const before = await lastSeq();
    const missing = await expectRejected(
      await c.api(stationPath, { method: "POST", as: "admin", json: {} }),
      422,
      "invalid_input",
      before,
    );
    expect(Object.keys(missing.error.fields ?? {})).toEqual(["staffed"]);
    const wrong = await expectRejected(
      await c.api(stationPath, { method: "POST", as: "admin", json: { staffed: "yes" } }),
      422,
      "invalid_input",
      before,
    );
    expect(wrong.error.fields?.staffed?.[0]).toMatch(/boolean/);
    await expectRejected(
      await c.api("/api/stations/abc/staffing", { method: "POST", as: "admin", json: { staffed: true } }),
      422,
      "invalid_input",
      before,
    );
    await expectRejected(
      await c.api("/api/stations/999999/staffing", { method: "POST", as: "admin", json: { staffed: true } }),
      404,
      "not_found",
      before,
    );
  });

  it("answers 422 to coordinates out of range, naming lat or lon", async () => {
    const lat = (await (await c.api("/api/cameras/near?lat=-91&lon=106.8", { as: "dispatcher" })).json()) as ErrorBody;
    expect(lat.error.fields?.lat?.[0]).toMatch(/between -90 and 90/);
    const lon = await c.api("/api/geo/locate?lat=-6.2&lon=181", { as: "dispatcher" });
    expect(lon.status).toBe(422);
    expect(((await lon.json()) as ErrorBody).error.fields?.lon).toBeDefined();
    const missing = await c.api("/api/cameras/near?lat=-6.2", { as: "dispatcher" });
    expect(missing.status).toBe(422);
    const k = await c.api("/api/cameras/near?lat=-6.2&lon=106.8&k=0", { as: "dispatcher" });
    expect(k.status).toBe(422);
  });

  it("answers 413 to a body over 1 MB, declared or not, and 415 to a body that is not JSON", async () => {
    const before = await lastSeq();
    const big = JSON.stringify({ staffed: true, pad: "x".repeat(1024 * 1024 + 10) });
    await expectRejected(
      await c.api(stationPath, {
        method: "POST",
        as: "admin",
        headers: { "content-type": "application/json" },
        body: big,
      }),
      413,
      "body_too_large",
      before,
    );
    // Chunked, so that no Content-Length announces the size.
    const stream = new ReadableStream({
      start(ctrl) {
        ctrl.enqueue(new TextEncoder().encode(big));
        ctrl.close();
      },
    });
    const chunked = await c.api(stationPath, {
      method: "POST",
      as: "admin",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    await expectRejected(chunked, 413, "body_too_large", before);
    await expectRejected(
      await c.api(stationPath, {
        method: "POST",
        as: "admin",
        headers: { "content-type": "text/plain" },
        body: "staffed=true",
      }),
      415,
      "unsupported_media_type",
      before,
    );
  });
});
