import type { IncomingMessage, ServerResponse } from "node:http";

// Paths whose routes take bodies of their own: the API (and better-auth, and Twilio's
// webhooks under it), and socket.io's long-polling.
const TAKES_BODIES = ["/api/", "/socket.io/"];
// The only routes that take form posts: Twilio's webhooks, and better-auth's.
const TAKES_FORMS = ["/api/twilio/voice", "/api/twilio/status", "/api/auth/"];

const isForm = (type: string) => type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded");

/**
 * Whether the request is one no route of the console takes, and Next.js would mistake for a
 * server action: it takes any form post to a page (a path with no route included, which it
 * answers with its not-found page) as a form submission, and answers a malformed body with 500.
 * Pages answer GET and HEAD, and POST only for the console's own server actions (a
 * `Next-Action` header, a text body); form posts go only to the routes that take them.
 */
export function isForPagesNot(req: Pick<IncomingMessage, "method" | "url" | "headers">): boolean {
  const method = req.method ?? "GET";
  if (method === "GET" || method === "HEAD") return false;
  const path = (req.url ?? "/").split("?")[0]!;
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  if (isForm(type)) return !TAKES_FORMS.some((p) => (p.endsWith("/") ? path.startsWith(p) : path === p));
  if (TAKES_BODIES.some((p) => path.startsWith(p))) return false;
  return method !== "POST" || !req.headers["next-action"];
}

/** Answers 405 when no route takes the request; whether it did. */
export function refusePageRequest(req: IncomingMessage, res: ServerResponse): boolean {
  if (!isForPagesNot(req)) return false;
  res
    .writeHead(405, { "content-type": "application/json", allow: "GET, HEAD" })
    .end(
      JSON.stringify({ error: { code: "method_not_allowed", message: "No route here takes this method and body." } }),
    );
  req.resume();
  return true;
}
