import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { pathToFileURL } from "node:url";

import { type ApiAnswer, isPlainRoute, type RequestParts } from "@/lib/api/api-answer";
import { errorAnswer } from "@/lib/api/api-error";

// The API's route files are plain Web handlers (a Request in, a Response out) that need nothing
// of Next.js; the console's own server calls them directly (those made by apiRoute without the
// Request and Response: lib/api/api-answer.ts says why). Next's request path (its router,
// its request and response wrappers, its async stores) cost more than most of the routes'
// own work: a recommendation is about a millisecond of work and took two to four more in
// Next. Pages, better-auth's catch-all and whatever no route file exports (HEAD, OPTIONS)
// still go to Next.js.

type RouteHandler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;

export interface ApiRouteFile {
  /** The path's segments as the folders name them: `api`, `incidents`, `[id]`, … */
  segments: string[];
  file: string;
}

/** Every `route.ts` under `app/api`, static segments before dynamic ones, as Next.js ranks them; catch-alls are left to Next. */
export function findApiRoutes(appDir: string): ApiRouteFile[] {
  const found: ApiRouteFile[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith("[...") && !entry.name.startsWith("[[")) {
        walk(path.join(dir, entry.name), [...segments, entry.name]);
      } else if (entry.isFile() && entry.name === "route.ts")
        found.push({ segments, file: path.join(dir, entry.name) });
    }
  };
  walk(path.join(appDir, "api"), ["api"]);
  const rank = (r: ApiRouteFile) => r.segments.map((s) => (s.startsWith("[") ? "1" : "0")).join("");
  return found.sort((a, b) => rank(a).localeCompare(rank(b)));
}

/** The route file a path names, with its decoded parameters; null when none does (or a segment is not valid percent-encoding). */
export function matchApiRoute(
  routes: readonly ApiRouteFile[],
  pathname: string,
): { route: ApiRouteFile; params: Record<string, string> } | null {
  const parts = pathname.split("/").slice(1);
  for (const route of routes) {
    if (route.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = route.segments.every((segment, i) => {
      if (!segment.startsWith("[")) return segment === parts[i];
      try {
        params[segment.slice(1, -1)] = decodeURIComponent(parts[i]!);
        return parts[i] !== "";
      } catch {
        return false;
      }
    });
    if (matches) return { route, params };
  }
  return null;
}

function partsOf(req: IncomingMessage, pathAndQuery: string): RequestParts {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return {
    method: req.method ?? "GET",
    url: new URL(pathAndQuery, `http://${hostOf(req)}`).href,
    headers,
    body: hasBody ? (Readable.toWeb(req) as RequestParts["body"]) : null,
  };
}

const requestOf = (parts: RequestParts): Request =>
  new Request(parts.url, {
    method: parts.method,
    headers: parts.headers,
    // Node's fetch wants `duplex` for a streamed body; the DOM's RequestInit does not know it.
    ...(parts.body ? ({ body: parts.body, duplex: "half" } as RequestInit) : {}),
  });

// A Host header that is not a host (hostile input) must not turn into an error of ours.
const hostOf = (req: IncomingMessage) =>
  /^[\w.-]+(:\d+)?$|^\[[\d:a-f.]+\](:\d+)?$/i.test(req.headers.host ?? "") ? req.headers.host : "localhost";

const WHOLE = /^application\/(json|vnd\.mapbox-vector-tile)\b/;

function write(res: ServerResponse, answer: ApiAnswer): void {
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  res.setHeader("content-length", Buffer.byteLength(answer.body));
  res.end(answer.body);
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader("set-cookie", cookies);
  if (!response.body) return void res.end();
  // JSON and tiles are small and whole: one write with its length. The rest (video, PDF, CSV) streams.
  if (WHOLE.test(response.headers.get("content-type") ?? "")) {
    const body = Buffer.from(await response.arrayBuffer());
    res.setHeader("content-length", body.length);
    return void res.end(body);
  }
  await pipeline(Readable.fromWeb(response.body as WebReadableStream), res);
}

/**
 * Answers a request whose path and method a route file serves, and says whether it did; the
 * rest goes to Next.js. Route modules load on their first request, as Next.js loads them.
 */
export function createApiRouteServer(appDir: string, onError: (error: unknown) => void) {
  const routes = findApiRoutes(appDir);
  const modules = new Map<string, Promise<Record<string, unknown>>>();
  const load = (file: string) => {
    let module = modules.get(file);
    if (!module) modules.set(file, (module = import(pathToFileURL(file).href) as Promise<Record<string, unknown>>));
    return module;
  };
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const pathAndQuery = req.url ?? "/";
    const found = matchApiRoute(routes, pathAndQuery.split("?")[0]!);
    if (!found) return false;
    try {
      const handler = (await load(found.route.file))[req.method ?? ""];
      if (typeof handler !== "function") return false;
      const parts = partsOf(req, pathAndQuery);
      if (isPlainRoute(handler)) write(res, await handler.answer(parts, found.params));
      else
        await send(res, await (handler as RouteHandler)(requestOf(parts), { params: Promise.resolve(found.params) }));
      return true;
    } catch (error) {
      // A client that hung up mid-answer is no error of the console's.
      if (res.headersSent || req.destroyed) res.destroy();
      else {
        onError(error);
        write(res, errorAnswer(error));
      }
      return true;
    }
  };
}
