import type { z } from "zod";

import type { RequestParts } from "./api-answer";
import { ApiError, validationError } from "./api-error";

export const MAX_BODY_BYTES = 1024 * 1024;
/** No input of the console nests deeper than a few levels; a deep one is an attack on the parser. */
export const MAX_JSON_DEPTH = 32;

// Read at most 1 MB whatever Content-Length claims, then parse and validate.
export async function readJson<S extends z.ZodType>(req: RequestParts, schema: S): Promise<z.infer<S>> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new ApiError(415, "unsupported_media_type", "Send the body as application/json.");
  }
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLargeBody();
  const text = await readLimited(req);
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new ApiError(422, "too_deep", `The body nests deeper than ${MAX_JSON_DEPTH} levels.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, "malformed_json", "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

/** The body as text, refused (413) as soon as it passes `maxBytes`, whatever Content-Length claimed. */
export async function readLimited(
  req: Pick<Request, "body">,
  maxBytes = MAX_BODY_BYTES,
  tooLarge: () => ApiError = tooLargeBody,
): Promise<string> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const tooLargeBody = () => new ApiError(413, "body_too_large", `The body is over ${MAX_BODY_BYTES} bytes.`);

/** How deep arrays and objects nest in a JSON text, counted before parsing (brackets in strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}
