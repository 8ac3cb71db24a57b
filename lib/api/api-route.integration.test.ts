import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openTestDatabase } from "@/lib/testing/open-test-database";

import { isPlainRoute } from "./api-answer";
import { apiRoute } from "./api-route";
import { camerasNearRoute } from "./routes/places";

// The console's server calls a route's plain answer; Next.js (and anything else holding a Web
// Request) calls the route itself. Both must say the same.
describe("an API route, called with a Web Request or with its parts", () => {
  const route = apiRoute(camerasNearRoute, () => Promise.reject(new Error("not reached without a user")));
  const url = "http://console.test/api/cameras/near?lat=-6.17&lon=106.82";
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase("pglite");
  });
  afterAll(() => database.drop());

  it("answers a request without credentials 401 both ways, with the same body and headers", async () => {
    expect(isPlainRoute(route)).toBe(true);
    const web = await route(new Request(url), { params: Promise.resolve({}) });
    const plain = await route.answer({ method: "GET", url, headers: new Headers(), body: null }, {});
    expect(web.status).toBe(401);
    expect(plain.status).toBe(401);
    expect(await web.json()).toEqual(JSON.parse(plain.body));
    expect((JSON.parse(plain.body) as { error: { code: string } }).error.code).toBe("unauthorized");
    expect(web.headers.get("content-type")).toBe(plain.headers["content-type"]);
    expect(plain.headers["server-timing"]).toMatch(/^auth;dur=[\d.]+, work;dur=[\d.]+$/);
    expect(web.headers.get("server-timing")).toMatch(/^auth;dur=[\d.]+, work;dur=[\d.]+$/);
  });

  it("is told apart from a handler that only takes a Web Request", () => {
    expect(isPlainRoute(() => new Response())).toBe(false);
    expect(isPlainRoute(undefined)).toBe(false);
  });
});
