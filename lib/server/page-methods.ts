import type { IncomingMessage, ServerResponse } from "node:http";

// Paths whose routes take bodies of their own: the API (and better-auth, and Twilio's
// webhooks under it), and socket.io's long-polling.
const TAKES_BODIES = ["/api/", "/socket.io/"];

/**
 * Whether a request to a page is one it cannot take. Pages answer GET and HEAD, and POST only
 * for the console's own server actions (a `Next-Action` header, a text body): Next.js would take
 * any other POST to a page, a form post above all, as a form submission and answer a malformed
 * body with a 500.
 */
export function isForPagesNot(req: Pick<IncomingMessage, "method" | "url" | "headers">): boolean {
  const method = req.method ?? "GET";
  if (method === "GET" || method === "HEAD") return false;
  const path = req.url ?? "/";
  if (TAKES_BODIES.some((p) => path.startsWith(p))) return false;
  if (method !== "POST" || !req.headers["next-action"]) return true;
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  return type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded");
}

/** Answers 405 when a page cannot take the request; whether it did. */
export function refusePageRequest(req: IncomingMessage, res: ServerResponse): boolean {
  if (!isForPagesNot(req)) return false;
  res
    .writeHead(405, { "content-type": "application/json", allow: "GET, HEAD" })
    .end(JSON.stringify({ error: { code: "method_not_allowed", message: "Pages answer GET and HEAD only." } }));
  req.resume();
  return true;
}
