import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from "node:crypto";

import { z } from "zod";

// What a proxy URL names: the upstream address, sealed so that it never reaches a browser
// readable (AES-256-GCM: encrypted, and its tag authenticates it like an HMAC would), bound to
// the camera, the user who opened the view and the view itself, and short-lived.
const tokenSchema = z.object({
  /** Camera id. */
  c: z.number().int().positive(),
  /** The user who opened the view: a token passed to someone else is refused. */
  u: z.string().min(1),
  /** View id, for the audit trail's "how long". */
  v: z.string().min(1),
  /** Upstream URL. */
  url: z.string().url(),
  /** A playlist is fetched and rewritten again; anything else passes through. */
  k: z.enum(["playlist", "media"]),
  /** Expiry, ms since the epoch. */
  e: z.number().int(),
});
export type StreamToken = z.infer<typeof tokenSchema>;

const keyFrom = (secret: string) =>
  Buffer.from(hkdfSync("sha256", secret, "jakarta-siaga-112", "camera-stream-token", 32));

// The same link seals to the same token (the nonce is an HMAC of the content, as in SIV): a
// player matches a live playlist's segments across refreshes, and a link that changed each
// time would look like a new segment. Equal tokens reveal only that the links are equal.
export function sealStreamToken(secret: string, token: StreamToken): string {
  const plain = JSON.stringify(token);
  const key = keyFrom(secret);
  const iv = createHmac("sha256", key).update(plain).digest().subarray(0, 12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url");
}

/** The token's content, or null when it is forged, altered, expired or unreadable. */
export function openStreamToken(secret: string, text: string, now: number): StreamToken | null {
  try {
    const raw = Buffer.from(text, "base64url");
    if (raw.length < 29) return null;
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
    const token = tokenSchema.parse(JSON.parse(plain));
    return token.e > now ? token : null;
  } catch {
    return null;
  }
}
