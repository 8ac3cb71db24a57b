import fs from "node:fs";
import http from "node:http";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { MAX_JSON_DEPTH } from "@/lib/api/read-json";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

import { MAX_HEADER_BYTES, MAX_REQUEST_BODY_BYTES } from "./limit-request";

const MB = 1024 * 1024;
const rssOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))![1]) * 1024;

interface Answer {
  status: number;
  body: { error?: { code: string; message: string } };
}

/** A raw request, so that the body can be chunked or the headers oversized as a hostile client would. */
function send(url: string, options: http.RequestOptions, body?: Buffer, chunked = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", ...options }, (res) => {
      let text = "";
      res.on("data", (c: Buffer) => (text += c.toString("utf8")));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Answer["body"] }));
    });
    // The console hangs up once it has answered; an error before any answer fails the test.
    req.on("error", (error) => setTimeout(() => reject(error), 1_000));
    if (!body) return void req.end();
    if (!chunked) return void req.end(body);
    // A body without a length, 64 KB at a time, until the console stops reading.
    let sent = 0;
    const more = () => {
      while (sent < body.length && !req.destroyed) {
        const chunk = body.subarray(sent, (sent += 64 * 1024));
        if (!req.write(chunk)) return void req.once("drain", more);
      }
      if (!req.destroyed) req.end();
    };
    more();
  });
}

describe.each(testDatabaseKinds())("bounded input on %s", (kind) => {
  let c: RunningConsole;
  beforeAll(async () => {
    c = await startConsole(kind, { TWILIO_AUTH_TOKEN: "test-twilio-auth-token-0123456789abcdef" });
  });
  afterAll(async () => {
    await c?.stop();
  });

  const huge = Buffer.alloc(20 * MB, "a");
  const form = { "content-type": "application/x-www-form-urlencoded" };
  const json = { "content-type": "application/json" };

  it("refuses 20 MB bodies to the webhook and to sign-in with 413, declared or chunked, holding none of them", async () => {
    const paths = [
      ["/api/twilio/voice", form],
      ["/api/auth/sign-in/email", json],
      ["/api/incidents", { ...json, authorization: `Bearer ${c.users.operator!.token}` }],
    ] as const;
    // Each route loaded (better-auth is large) before the first reading.
    for (const [path, headers] of paths) await send(`${c.url}${path}`, { headers }, Buffer.from("{}"));
    const before = rssOf(c.pid);
    for (let round = 0; round < 3; round++) {
      for (const [path, headers] of paths) {
        for (const chunked of [false, true]) {
          const answer = await send(`${c.url}${path}`, { headers }, huge, chunked);
          expect({ path, chunked, ...answer }).toMatchObject({
            path,
            chunked,
            status: 413,
            body: { error: { code: "body_too_large" } },
          });
        }
      }
    }
    const grown = rssOf(c.pid) - before;
    console.log(`[bounded-input ${kind}] RSS after 18 bodies of 20 MB: ${(grown / MB).toFixed(1)} MB more`);
    // 360 MB were sent; had any body been held whole the process would have grown by 20 MB a
    // request. What it does grow by is the garbage collector's slack, measured at -11 to 53 MB.
    expect(grown).toBeLessThan(96 * MB);
    expect(MAX_REQUEST_BODY_BYTES).toBe(MB);
    // and the console still answers
    expect((await c.api("/api/health")).status).toBe(200);
  });

  it("refuses headers over the limit with 431 and a JSON error", async () => {
    const answer = await send(`${c.url}/api/incidents`, {
      method: "GET",
      headers: { "x-long": "a".repeat(MAX_HEADER_BYTES) },
    });
    expect(answer).toMatchObject({ status: 431, body: { error: { code: "headers_too_large" } } });
  });

  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels with 422`, async () => {
    const deep = "[".repeat(50_000) + "]".repeat(50_000);
    const res = await c.api("/api/incidents", {
      method: "POST",
      as: "operator",
      headers: json,
      body: deep,
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code: "too_deep" } });
  });

  it("drops a socket that sends a message over 1 MB, and keeps the others", async () => {
    const hostile = c.socket("admin");
    const other = c.socket("admin");
    await Promise.all([hostile, other].map((s) => new Promise<void>((r) => s.once("connect", () => r()))));
    const dropped = new Promise<string>((r) => hostile.once("disconnect", (reason) => r(reason)));
    hostile.emit("station:staff", { stationId: 1, note: "a".repeat(2 * MB) } as never, () => {});
    expect(await dropped).toBe("transport close");
    expect(other.connected).toBe(true);
  });
});
