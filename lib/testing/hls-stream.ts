import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".m3u8": "application/vnd.apple.mpegurl",
  ".ts": "video/mp2t",
  ".jpg": "image/jpeg",
};

export interface HlsStream {
  /** The live playlist, on loopback. */
  playlistUrl: string;
  /** A still image of the same test pattern. */
  snapshotUrl: string;
  /** A server that takes the connection and never answers. */
  deadUrl: string;
  /** Every path the player's requests reached, in order (to see segments pass through). */
  served: string[];
  stop: () => Promise<void>;
}

/**
 * A real live HLS stream for tests and benchmarks: ffmpeg encodes a test pattern into 1 s
 * segments in a temporary folder, and a small HTTP server on loopback serves them as a
 * camera's recorder would. Resolves once the playlist holds two segments.
 */
export async function startHlsStream(): Promise<HlsStream> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siaga-hls-"));
  execFileSync("ffmpeg", [
    "-loglevel",
    "error",
    "-f",
    "lavfi",
    "-i",
    "testsrc=size=320x240:rate=10",
    "-frames:v",
    "1",
    path.join(dir, "snapshot.jpg"),
  ]);
  const ffmpeg: ChildProcess = spawn(
    "ffmpeg",
    [
      "-loglevel",
      "error",
      "-re",
      "-f",
      "lavfi",
      "-i",
      "testsrc=size=320x240:rate=10",
      "-c:v",
      "libx264",
      "-preset",
      "ultrafast",
      "-tune",
      "zerolatency",
      "-pix_fmt",
      "yuv420p",
      "-g",
      "10",
      "-f",
      "hls",
      "-hls_time",
      "1",
      "-hls_list_size",
      "5",
      "-hls_flags",
      "delete_segments",
      path.join(dir, "out.m3u8"),
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const served: string[] = [];
  const server = http.createServer((req, res) => {
    const name = path.basename(new URL(req.url ?? "/", "http://x").pathname);
    served.push(name);
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[path.extname(name)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  const held: http.ServerResponse[] = [];
  const dead = http.createServer((_req, res) => void held.push(res));
  const listen = (s: http.Server) =>
    new Promise<number>((resolve) => s.listen(0, "127.0.0.1", () => resolve((s.address() as AddressInfo).port)));
  const [port, deadPort] = [await listen(server), await listen(dead)];
  const playlist = path.join(dir, "out.m3u8");
  for (let i = 0; i < 300; i++) {
    if (fs.existsSync(playlist) && (fs.readFileSync(playlist, "utf8").match(/\.ts/g)?.length ?? 0) >= 2) break;
    if (ffmpeg.exitCode !== null) throw new Error(`ffmpeg exited with ${ffmpeg.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    playlistUrl: `http://127.0.0.1:${port}/cam/out.m3u8`,
    snapshotUrl: `http://127.0.0.1:${port}/cam/snapshot.jpg`,
    deadUrl: `http://127.0.0.1:${deadPort}/cam/out.m3u8`,
    served,
    stop: async () => {
      const exited = ffmpeg.exitCode === null ? new Promise((r) => ffmpeg.once("exit", r)) : Promise.resolve();
      ffmpeg.kill("SIGTERM");
      await exited;
      for (const res of held) res.destroy();
      dead.closeAllConnections();
      server.closeAllConnections();
      await Promise.all([new Promise((r) => server.close(r)), new Promise((r) => dead.close(r))]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
