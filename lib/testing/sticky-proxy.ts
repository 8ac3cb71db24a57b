import http from "node:http";
import type net from "node:net";
import { Readable } from "node:stream";

import { createProxyServer } from "http-proxy-3";

const COOKIE = "siaga_backend";
// How long a console that refused a connection is passed over before it is tried again.
const DOWN_MS = 10_000;

export interface StickyProxy {
  url: string;
  /** Requests and upgrades sent to each console, by its index in `backends`. */
  sent: number[];
  close: () => Promise<void>;
}

// A load balancer on loopback, as the README's nginx and HAProxy configurations are: a new
// client goes to the next console in turn and gets a cookie naming it; later requests with
// that cookie (socket.io's polling requests, its WebSocket upgrade) go to the same console.
// A console that refuses connections is passed over for a while, and a request it refused
// that is safe to repeat (GET, HEAD: nothing reached the console) goes to another
// one, as nginx's `proxy_next_upstream error` does.
export async function startStickyProxy(backends: string[]): Promise<StickyProxy> {
  const proxy = createProxyServer({ ws: true });
  const downUntil = backends.map(() => 0);
  const sent = backends.map(() => 0);
  let turn = 0;

  const live = (i: number) => downUntil[i]! <= Date.now();
  const pinned = (req: http.IncomingMessage): number | null => {
    const value = req.headers.cookie?.match(new RegExp(`(?:^|;\\s*)${COOKIE}=(\\d+)`))?.[1];
    const i = value === undefined ? -1 : Number(value);
    return i >= 0 && i < backends.length && live(i) ? i : null;
  };
  const nextLive = (except?: number): number | null => {
    for (let k = 0; k < backends.length; k++) {
      const i = (turn + k) % backends.length;
      if (i !== except && live(i)) {
        turn = i + 1;
        return i;
      }
    }
    return null;
  };
  const refused = (error: Error) =>
    ["ECONNREFUSED", "ECONNRESET", "EPIPE"].includes((error as NodeJS.ErrnoException).code ?? "");
  const stuck = new WeakMap<http.IncomingMessage, number>();

  // Our cookie joins the console's own Set-Cookie lines (sign-in sets one).
  proxy.on("proxyRes", (proxyRes, req) => {
    const i = stuck.get(req);
    if (i === undefined || pinned(req) === i) return;
    const ours = `${COOKIE}=${i}; Path=/; HttpOnly; SameSite=Lax`;
    const theirs = proxyRes.headers["set-cookie"] ?? [];
    proxyRes.headers["set-cookie"] = [...theirs, ours];
  });

  const web = (req: http.IncomingMessage, res: http.ServerResponse, i: number | null, retried: boolean) => {
    if (i === null) return answer502(res);
    stuck.set(req, i);
    sent[i]!++;
    // A repeated request's body (none: GET or HEAD) was read the first time: an empty one again.
    const options = retried ? { target: backends[i], buffer: Readable.from([]) } : { target: backends[i] };
    proxy.web(req, res, options, (error) => {
      if (refused(error)) downUntil[i] = Date.now() + DOWN_MS;
      const repeatable = req.method === "GET" || req.method === "HEAD";
      if (repeatable && !retried && !res.headersSent && refused(error)) return web(req, res, nextLive(i), true);
      answer502(res);
    });
  };
  // A refused upgrade closes the client's socket (the proxy library's way): the client tries
  // again, and finds the other console.
  const ws = (req: http.IncomingMessage, socket: net.Socket, head: Buffer, i: number | null) => {
    if (i === null) return void socket.destroy();
    sent[i]!++;
    proxy.ws(req, socket, head, { target: backends[i] }, (error) => {
      if (refused(error)) downUntil[i] = Date.now() + DOWN_MS;
    });
  };

  const server = http.createServer((req, res) => web(req, res, pinned(req) ?? nextLive(), false));
  server.on("upgrade", (req: http.IncomingMessage, socket: net.Socket, head: Buffer) =>
    ws(req, socket, head, pinned(req) ?? nextLive()),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      proxy.close();
    },
  };
}

function answer502(res: http.ServerResponse) {
  if (res.headersSent) return void res.destroy();
  res.writeHead(502, { "content-type": "application/json" });
  res.end(JSON.stringify({ error: { code: "bad_gateway", message: "No console answered." } }));
}
