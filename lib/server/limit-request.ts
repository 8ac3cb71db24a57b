import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";

import type { ErrorCode } from "@/lib/api/error-code";
import { MAX_BODY_BYTES } from "@/lib/api/read-json";

// Every request's body is bounded here, before Next.js, better-auth or a webhook reads a byte
// of it: a declared length over the limit is refused at once, a body sent without one
// (chunked) is cut off when it passes the limit. Nothing past the limit is ever held.
export const MAX_REQUEST_BODY_BYTES = MAX_BODY_BYTES;
export const MAX_HEADER_BYTES = 16 * 1024;

const errorJson = (code: ErrorCode, message: string) => JSON.stringify({ error: { code, message } });
const tooLarge = () => errorJson("body_too_large", `The body is over ${MAX_REQUEST_BODY_BYTES} bytes.`);

function refuse(res: ServerResponse, status: number, body: string) {
  if (res.headersSent) return void res.destroy();
  // The client may still be sending. Hanging up at once would reset the connection and lose the
  // answer with it, so the rest is read and thrown away (never held) until the client is done.
  res.writeHead(status, { "content-type": "application/json" }).end(body);
}

/** Whether the request may go on to its route; if not, it has been answered. */
export function limitRequestBody(req: IncomingMessage, res: ServerResponse): boolean {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > MAX_REQUEST_BODY_BYTES) {
    refuse(res, 413, tooLarge());
    req.resume();
    return false;
  }
  if (declared !== undefined) return true; // node's parser reads no more than the declared length
  // The parser hands each chunk to push(), whoever reads the stream and however.
  let received = 0;
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk !== null) received += (chunk as Buffer).length;
    if (chunk === null || received <= MAX_REQUEST_BODY_BYTES) return push(chunk, encoding);
    // Dropped, not kept: the route reading the body gets no more of it, then its end.
    if (!res.headersSent) refuse(res, 413, tooLarge());
    return true;
  };
  return true;
}

/** Answers what node's parser refused before any handler saw it: headers too large, bad requests. */
export function answerClientError(error: Error & { code?: string }, socket: Duplex) {
  // A client that went away is owed no answer.
  if (error.code === "ECONNRESET" || !socket.writable) return void socket.destroy();
  const [status, body] =
    error.code === "HPE_HEADER_OVERFLOW"
      ? [431, errorJson("headers_too_large", `The request's headers are over ${MAX_HEADER_BYTES} bytes.`)]
      : [400, errorJson("invalid_input", "The request is not valid HTTP.")];
  const reason = status === 431 ? "Request Header Fields Too Large" : "Bad Request";
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
