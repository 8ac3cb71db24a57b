import { describe, expect, it } from "vitest";

import { isMasterPlaylist, rewritePlaylist, singleVariantMaster } from "./rewrite-playlist";

const proxy = (url: string, kind: string) => `/p/${kind}/${encodeURIComponent(url)}`;

describe("rewritePlaylist", () => {
  it("rewrites relative and absolute segments of a media playlist, keeping the tags", () => {
    const text = [
      "#EXTM3U",
      "#EXT-X-TARGETDURATION:1",
      '#EXT-X-KEY:METHOD=AES-128,URI="key.bin"',
      '#EXT-X-MAP:URI="/init.mp4"',
      "#EXTINF:1.0,",
      "out0.ts",
      "#EXTINF:1.0,",
      "http://other.example:8080/x/out1.ts?t=1",
      "",
    ].join("\n");
    const out = rewritePlaylist(text, "http://10.0.0.5/cam/live/out.m3u8", proxy);
    expect(out.split("\n")).toEqual([
      "#EXTM3U",
      "#EXT-X-TARGETDURATION:1",
      `#EXT-X-KEY:METHOD=AES-128,URI="/p/media/${encodeURIComponent("http://10.0.0.5/cam/live/key.bin")}"`,
      `#EXT-X-MAP:URI="/p/media/${encodeURIComponent("http://10.0.0.5/init.mp4")}"`,
      "#EXTINF:1.0,",
      `/p/media/${encodeURIComponent("http://10.0.0.5/cam/live/out0.ts")}`,
      "#EXTINF:1.0,",
      `/p/media/${encodeURIComponent("http://other.example:8080/x/out1.ts?t=1")}`,
      "",
    ]);
    expect(out).not.toContain("10.0.0.5/cam");
  });

  it("marks variant playlists and alternative renditions as playlists", () => {
    const text = [
      "#EXTM3U",
      '#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="a",NAME="id",URI="audio/index.m3u8"',
      "#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360",
      "low/index.m3u8",
      '#EXT-X-I-FRAME-STREAM-INF:BANDWIDTH=90000,URI="low/iframes.m3u8"',
      "#EXT-X-STREAM-INF:BANDWIDTH=2000000",
      "https://cdn.example/high.m3u8",
    ].join("\r\n");
    const out = rewritePlaylist(text, "https://cam.example/a/master.m3u8", proxy).split("\n");
    expect(out[1]).toContain(`/p/playlist/${encodeURIComponent("https://cam.example/a/audio/index.m3u8")}`);
    expect(out[3]).toBe(`/p/playlist/${encodeURIComponent("https://cam.example/a/low/index.m3u8")}`);
    expect(out[4]).toContain(`/p/playlist/${encodeURIComponent("https://cam.example/a/low/iframes.m3u8")}`);
    expect(out[6]).toBe(`/p/playlist/${encodeURIComponent("https://cdn.example/high.m3u8")}`);
    expect(isMasterPlaylist(text)).toBe(true);
  });

  it("wraps a media playlist's URL as a master of one variant", () => {
    const master = singleVariantMaster("/api/cameras/1/live/abc");
    expect(isMasterPlaylist(master)).toBe(true);
    expect(master.trim().split("\n").at(-1)).toBe("/api/cameras/1/live/abc");
    expect(isMasterPlaylist("#EXTM3U\n#EXTINF:1,\na.ts")).toBe(false);
  });
});
