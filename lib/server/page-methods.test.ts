import { describe, expect, it } from "vitest";

import { isForPagesNot } from "./page-methods";

const req = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers });

describe("isForPagesNot", () => {
  it("lets pages be read, and the API, sign-in, webhooks and socket.io take bodies", () => {
    expect(isForPagesNot(req("GET", "/calls"))).toBe(false);
    expect(isForPagesNot(req("HEAD", "/"))).toBe(false);
    expect(isForPagesNot(req("POST", "/api/incidents", { "content-type": "application/json" }))).toBe(false);
    expect(isForPagesNot(req("POST", "/api/incidents", { "content-type": "text/plain" }))).toBe(false);
    expect(isForPagesNot(req("POST", "/api/auth/sign-in/email"))).toBe(false);
    const form = { "content-type": "application/x-www-form-urlencoded" };
    expect(isForPagesNot(req("POST", "/api/twilio/voice", form))).toBe(false);
    expect(isForPagesNot(req("POST", "/api/twilio/status?x=1", form))).toBe(false);
    expect(isForPagesNot(req("POST", "/socket.io/?EIO=4&transport=polling"))).toBe(false);
  });

  it("lets the console's own server actions through", () => {
    expect(isForPagesNot(req("POST", "/calls", { "next-action": "7f3a", "content-type": "text/plain" }))).toBe(false);
  });

  it("refuses form posts and other methods to pages, with or without an action header", () => {
    expect(isForPagesNot(req("POST", "/sign-in", { "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(isForPagesNot(req("POST", "/api-docs"))).toBe(true);
    expect(
      isForPagesNot(req("POST", "/calls", { "next-action": "x", "content-type": "application/x-www-form-urlencoded" })),
    ).toBe(true);
    expect(isForPagesNot(req("PUT", "/calls"))).toBe(true);
    // A path with no route is answered by the not-found page: the same mistake.
    expect(isForPagesNot(req("POST", "/api/link", { "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(
      isForPagesNot(req("POST", "/api/twilio/nope", { "content-type": "application/x-www-form-urlencoded" })),
    ).toBe(true);
    expect(isForPagesNot(req("DELETE", "/"))).toBe(true);
  });
});
