import { describe, expect, it } from "vitest";

import { openStreamToken, sealStreamToken, type StreamToken } from "./stream-token";

const SECRET = "s".repeat(40);
const token: StreamToken = {
  c: 7,
  u: "user-1",
  v: "view-1",
  url: "http://10.1.2.3:8554/cam/out0.ts",
  k: "media",
  e: 2_000,
};

describe("stream tokens", () => {
  it("opens what it sealed, and the upstream address cannot be read from it", () => {
    const sealed = sealStreamToken(SECRET, token);
    expect(openStreamToken(SECRET, sealed, 1_000)).toEqual(token);
    expect(Buffer.from(sealed, "base64url").toString("latin1")).not.toContain("10.1.2.3");
    expect(sealed).not.toContain("10.1.2.3");
  });

  it("seals the same link to the same token, and another link to another", () => {
    expect(sealStreamToken(SECRET, token)).toBe(sealStreamToken(SECRET, token));
    expect(sealStreamToken(SECRET, { ...token, url: `${token.url}?2` })).not.toBe(sealStreamToken(SECRET, token));
  });

  it("refuses an expired, altered or forged token, or one sealed with another secret", () => {
    const sealed = sealStreamToken(SECRET, token);
    expect(openStreamToken(SECRET, sealed, 2_000)).toBeNull();
    const raw = Buffer.from(sealed, "base64url");
    raw[raw.length - 1]! ^= 1;
    expect(openStreamToken(SECRET, raw.toString("base64url"), 1_000)).toBeNull();
    expect(openStreamToken(SECRET, "not-a-token", 1_000)).toBeNull();
    expect(openStreamToken("t".repeat(40), sealed, 1_000)).toBeNull();
  });
});
