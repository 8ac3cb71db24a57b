import { randomBytes } from "node:crypto";

export interface SecurityOptions {
  /** PUBLIC_BASE_URL is https: browsers are told to come back only over https. */
  https: boolean;
  /** Development: React's tools need eval. */
  dev: boolean;
  /** MAP_STYLE_URL's origin: the centre's tile server, whose tiles, glyphs and sprites the maps load. */
  mapOrigin?: string | null;
}

// What the pages load besides the console itself: Mapbox's tiles and styles (with a token),
// Twilio's browser phone (its signalling, media and event gateways). Map workers and maplibre's
// tiles come from the console or from blob: URLs.
const mapbox = ["https://api.mapbox.com", "https://events.mapbox.com"];
const twilio = ["https://*.twilio.com", "wss://*.twilio.com"];

/** A fresh nonce for one page's scripts. */
export const newNonce = () => randomBytes(16).toString("base64");

/**
 * The Content-Security-Policy of one answer. Next.js finds the nonce in the request's copy of
 * this header and puts it on every script it renders; the browser runs no other inline script.
 * An API answer (null) is data, JSON, video or a PDF: it runs no script at all.
 */
export function contentSecurityPolicy(nonce: string | null, opts: SecurityOptions): string {
  const tileServer = opts.mapOrigin ? [opts.mapOrigin] : [];
  return [
    "default-src 'self'",
    nonce ? `script-src 'self' 'nonce-${nonce}'${opts.dev ? " 'unsafe-eval'" : ""}` : "script-src 'none'",
    // Inline style attributes: React's style={{}} and the map libraries set them on elements.
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data: blob:", mapbox[0], ...tileServer].join(" "),
    "font-src 'self' data:",
    `connect-src 'self' ${[...mapbox, ...tileServer, ...twilio].join(" ")}`,
    "media-src 'self' blob: https://*.twilio.com https://*.twiliocdn.com",
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The headers every answer carries, pages, API and files alike (an API answer without a nonce). */
export function securityHeaders(nonce: string | null, opts: SecurityOptions): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(nonce, opts),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": "camera=(), geolocation=(self), microphone=(self)",
    ...(opts.https ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
