import { describe, expect, it } from "vitest";

import { contentSecurityPolicy, newNonce, securityHeaders } from "./security-headers";

describe("security headers", () => {
  it("forbids framing, sniffing and scripts without the page's nonce", () => {
    const h = securityHeaders("abc", { https: false, dev: false });
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"]).toContain("script-src 'self' 'nonce-abc';");
    expect(h["content-security-policy"]).not.toContain("unsafe-eval");
    expect(h["content-security-policy"]).toContain("worker-src 'self' blob:");
  });

  it("lets an API answer run no script", () => {
    const csp = securityHeaders(null, { https: false, dev: true })["content-security-policy"];
    expect(csp).toContain("script-src 'none';");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("asks for HTTPS only when the console is published over it", () => {
    expect(securityHeaders("n", { https: false, dev: false })).not.toHaveProperty("strict-transport-security");
    expect(securityHeaders("n", { https: true, dev: false })["strict-transport-security"]).toMatch(/^max-age=\d+/);
  });

  it("lets the maps reach a centre's own tile server, and no other, when MAP_STYLE_URL names one", () => {
    const csp = contentSecurityPolicy("n", { https: false, dev: false, mapOrigin: "http://tiles.pusdalops.lan:8080" });
    expect(csp).toMatch(/connect-src 'self' [^;]*http:\/\/tiles\.pusdalops\.lan:8080/);
    expect(csp).toMatch(/img-src [^;]*http:\/\/tiles\.pusdalops\.lan:8080/);
    expect(contentSecurityPolicy("n", { https: false, dev: false })).not.toContain("pusdalops");
  });

  it("lets React's development tools eval only in development, with a new nonce each time", () => {
    expect(contentSecurityPolicy("n", { https: false, dev: true })).toContain("'unsafe-eval'");
    expect(newNonce()).not.toBe(newNonce());
  });
});
