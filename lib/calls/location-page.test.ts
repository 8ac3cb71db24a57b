import { describe, expect, it } from "vitest";

import { locationPageHtml } from "./location-page";

describe("locationPageHtml", () => {
  const token = "abcdefghijklmnopqrstuvwxyzABCDEF";

  it("asks the phone under the page's nonce and posts to the link's own address", () => {
    const html = locationPageHtml({ token, nonce: "n0nce+/=", open: true });
    expect(html).toContain('<script nonce="n0nce+/=">');
    expect(html).toContain(`fetch("/api/location/${token}"`);
    expect(html).toContain("getCurrentPosition");
    expect(html).toContain('lang="id"');
  });

  it("says a used or expired link is gone, and runs nothing", () => {
    const html = locationPageHtml({ token, nonce: "x", open: false });
    expect(html).not.toContain("<script");
    expect(html).toContain("kedaluwarsa");
  });

  it("keeps a nonce from breaking out of its attribute", () => {
    expect(locationPageHtml({ token, nonce: '"><b>', open: true })).toContain('nonce="&quot;&gt;&lt;b&gt;"');
  });
});
