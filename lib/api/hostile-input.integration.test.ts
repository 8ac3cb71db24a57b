import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";

import { openDatabase } from "@/db/client";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

// The tables that hold the console's data. Bookkeeping of refusals (rate_limit,
// sign_in_attempts) is written by design on every refused sign-in and is not counted.
const TABLES = [
  "incidents",
  "calls",
  "incident_events",
  "assignments",
  "footage_requests",
  "idempotency_keys",
  "incident_counters",
  "user",
  "session",
  "account",
  "apikey",
  "verification",
  "stations",
  "cameras",
  "places",
  "areas",
];

async function countRows(env: RunningConsole["database"]["env"]): Promise<Record<string, number>> {
  const database = await openDatabase({ dataDir: env.DATA_DIR, databaseUrl: env.DATABASE_URL });
  try {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const { rows } = await database.db.execute<{ n: number }>(sql.raw(`SELECT count(*)::int AS n FROM "${table}"`));
      counts[table] = rows[0]!.n;
    }
    return counts;
  } finally {
    await database.close();
  }
}

interface Operation {
  path: string;
  method: string;
  bodyFields: string[];
}

function operationsOf(document: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const content = (op as { requestBody?: { content?: Record<string, { schema?: { properties?: object } }> } })
        .requestBody?.content;
      const schema = content && Object.values(content)[0]?.schema;
      return { path, method: method.toUpperCase(), bodyFields: Object.keys(schema?.properties ?? {}) };
    }),
  );
}

// Never an id of a row that exists: out of range, not a number, or beyond any row made here.
const badId = fc.oneof(
  fc.constantFrom("0", "-1", "2147483648", "9223372036854775808", "1e3", "1.5", "0x10", "NaN", "%00", "..", "%2e%2e"),
  fc.bigInt({ min: 2n ** 31n, max: 2n ** 70n }).map(String),
  fc.integer({ min: -2_147_483_648, max: 0 }).map(String),
  fc.integer({ min: 1_000_000_000, max: 2_147_483_647 }).map(String),
  fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent),
);
const deepJson = fc.integer({ min: 50, max: 5_000 }).map((n) => "[".repeat(n) + "]".repeat(n));
const nonObject = fc.oneof(
  fc
    .jsonValue()
    .filter((v) => v === null || typeof v !== "object" || Array.isArray(v))
    .map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }).map((s) => `{${s}`),
  deepJson,
  fc.constantFrom("", "null", "{", "{}}", '{"a":', "\u0000", "[1,2", '{"__proto__":{"x":1}', "1e999999"),
);
// Every field the route reads, each given something no schema field takes: an object, a
// huge array or a number out of any range, with extra keys beside them.
const wrongFields = (fields: string[]) =>
  fc
    .tuple(
      fc.array(fc.oneof(fc.constant({ $: [[]] }), fc.constant([[[{}]]]), fc.constant({ a: { b: { c: {} } } })), {
        minLength: fields.length,
        maxLength: fields.length,
      }),
      fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
    )
    .map(([values, extra]) =>
      JSON.stringify({ ...extra, ...Object.fromEntries(fields.map((f, i) => [f, values[i]])) }),
    );
const headerValue = fc.string({ maxLength: 300, unit: fc.integer({ min: 0x20, max: 0x7e }).map(String.fromCharCode) });
const contentType = fc.constantFrom(
  undefined,
  "application/json",
  "application/json; charset=utf-16",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "*/*",
);

describe.each(testDatabaseKinds())("hostile requests on %s", (kind) => {
  let c: RunningConsole | undefined;
  let again: RunningConsole | undefined;
  afterAll(async () => {
    await again?.stop();
    await c?.stop();
  });

  it(
    "answers generated malformed requests to every route as every role with no 5xx, no hang and no row written",
    { timeout: 300_000 },
    async () => {
      c = await startConsole(kind);
      const document = (await (await fetch(`${c.url}/api/openapi.json`)).json()) as Parameters<typeof operationsOf>[0];
      const operations = operationsOf(document);
      // Each role by its API token and by a session cookie; also nobody, and forged credentials.
      const credentials: Record<string, string>[] = [{}, { authorization: "Bearer siaga_forged" }, { cookie: "x=y" }];
      for (const user of Object.values(c.users)) {
        credentials.push({ authorization: `Bearer ${user.token}` });
        const res = await fetch(`${c.url}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: c.url },
          body: JSON.stringify({ email: user.email, password: user.password }),
        });
        credentials.push({
          cookie: res.headers
            .getSetCookie()
            .map((s) => s.split(";")[0])
            .join("; "),
        });
      }
      await c.stop({ keepDatabase: true });
      const before = await countRows(c.database.env);
      again = await startConsole(kind, {}, c);
      const url = again.url;

      // A body never valid for its route: none, not an object, or every field it reads wrong.
      const bodyFor = (op: Operation) =>
        op.method === "GET"
          ? fc.constant(undefined)
          : fc.oneof(
              fc.constant(undefined),
              nonObject,
              op.bodyFields.length && !op.path.startsWith("/api/auth") ? wrongFields(op.bodyFields) : nonObject,
            );
      const request = fc.constantFrom(...operations).chain((op) =>
        fc.record({
          op: fc.constant(op),
          body: bodyFor(op),
          credential: fc.constantFrom(...credentials),
          id: badId,
          authPath: fc.oneof(
            fc.constantFrom("sign-in/email", "api-key/create", "get-session", "update-user", "admin/set-role"),
            fc.string({ minLength: 1, maxLength: 30 }).map(encodeURIComponent),
          ),
          query: fc.dictionary(
            fc.oneof(fc.constantFrom("after", "limit", "status", "q", "lat", "lon", "bbox", "near"), fc.string()),
            fc.oneof(fc.string({ maxLength: 50 }), badId, fc.constant("9".repeat(400))),
            { maxKeys: 4 },
          ),
          contentType,
          idempotencyKey: fc.option(headerValue, { nil: undefined }),
          extraHeader: fc.option(
            fc.tuple(
              fc.constantFrom("x-twilio-signature", "accept-language", "x-forwarded-for", "origin"),
              headerValue,
            ),
            { nil: undefined },
          ),
        }),
      );

      let sent = 0;
      const statuses = new Map<number, number>();
      const started = performance.now();
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          const path =
            r.op.path.replace("{id}", r.id).replace("{path}", r.authPath) +
            (Object.keys(r.query).length ? `?${new URLSearchParams(r.query).toString()}` : "");
          const headers: Record<string, string> = { ...r.credential };
          if (r.contentType) headers["content-type"] = r.contentType;
          if (r.idempotencyKey !== undefined) headers["idempotency-key"] = r.idempotencyKey;
          if (r.extraHeader) headers[r.extraHeader[0]] = r.extraHeader[1];
          sent++;
          const res = await fetch(`${url}${path}`, {
            method: r.op.method,
            headers,
            body: r.body,
            redirect: "manual",
            signal: AbortSignal.timeout(10_000),
          });
          await res.arrayBuffer();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status, `${r.op.method} ${path}`).toBeLessThan(500);
        }),
        { numRuns: 1_500, seed: 20261126 },
      );
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `[hostile ${kind}] ${sent} requests over ${operations.length} operations in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`,
      );
      expect(sent).toBe(1_500);

      await again.stop();
      expect(await countRows(c.database.env)).toEqual(before);
    },
  );
});
