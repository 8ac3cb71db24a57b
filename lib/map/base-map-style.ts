import { env } from "@/lib/env";
import { logger } from "@/lib/logging/logger";

import { offlineStyle, type StyleJson, withConsoleFonts } from "./map-style";

/** A centre's style is asked again after this long, so that a change on its tile server shows. */
const BASE_TTL_MS = 5 * 60_000;
/** One that failed is asked again sooner. */
const FAILED_TTL_MS = 30_000;
const FETCH_TIMEOUT_MS = 5_000;

type Cached = { style: StyleJson; until: number };
const holder = globalThis as unknown as { __siagaMapStyle?: Cached };

// MAP_STYLE_URL's style, read by the server (the browser then needs only the tile server's own
// address, see the Content-Security-Policy) and kept for a while. A tile server that does not
// answer, or answers no style, leaves the map on the offline style rather than blank.
async function baseStyle(url: string): Promise<StyleJson> {
  const cached = holder.__siagaMapStyle;
  if (cached && performance.now() < cached.until) return cached.style;
  let style: StyleJson;
  let ttl = BASE_TTL_MS;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    style = withConsoleFonts(await res.json(), url);
  } catch (error) {
    logger().warn({ err: error, url }, "MAP_STYLE_URL gave no map style; the map stays on the offline style");
    style = offlineStyle();
    ttl = FAILED_TTL_MS;
  }
  holder.__siagaMapStyle = { style, until: performance.now() + ttl };
  return style;
}

/** The style of the console's maplibre maps: the offline one, or MAP_STYLE_URL's with the console's fonts. */
export const mapStyle = async (): Promise<StyleJson> =>
  env.MAP_STYLE_URL ? baseStyle(env.MAP_STYLE_URL) : offlineStyle();
