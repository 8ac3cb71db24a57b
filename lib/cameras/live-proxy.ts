import { randomUUID } from "node:crypto";

import { getDb } from "@/db";
import { cameraStream } from "@/db/queries/live-cameras";
import { ApiError, errorResponse, forbidden, notFound, unauthorized } from "@/lib/api/api-error";
import { idParam } from "@/lib/api/id-param";
import { type CurrentUser, userFromHeaders } from "@/lib/auth/current-user";
import { authSecret } from "@/lib/auth/secret";

import { openView, touchView } from "./camera-views";
import { isMasterPlaylist, rewritePlaylist, singleVariantMaster, type UriKind } from "./rewrite-playlist";
import { openStreamToken, sealStreamToken } from "./stream-token";
import { mayWatch } from "./watch-roles";

/** An upstream that has not answered in this long is reported as not answering. */
export const UPSTREAM_TIMEOUT_MS = 3_000;
// Every link of a view expires together, this long after the opening (the player then opens
// the camera again): one expiry keeps each segment's link the same across playlist refreshes.
const VIEW_TTL_MS = 30 * 60_000;
const PLAYLIST_TYPE = "application/vnd.apple.mpegurl";

type Handler = (req: Request, user: CurrentUser, cameraId: number, token: string | undefined) => Promise<Response>;

// The proxy's routes answer video, not `{ data }`, but are gated like every API route: who
// is asking, may their role watch, then the work; errors are the API's JSON errors.
export function proxyRoute(handler: Handler) {
  return async (req: Request, context: { params: Promise<Record<string, string | string[] | undefined>> }) => {
    try {
      const user = await userFromHeaders(req.headers);
      if (!user) throw unauthorized();
      if (!mayWatch(user.role)) throw forbidden("watch cameras");
      const params = await context.params;
      return await handler(req, user, idParam(params.id), typeof params.token === "string" ? params.token : undefined);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

async function liveCamera(cameraId: number) {
  const camera = await cameraStream(getDb(), cameraId);
  if (!camera || camera.installation !== "installed") throw notFound(`Camera ${cameraId}`);
  if (camera.accessMode !== "live")
    throw new ApiError(
      409,
      "camera_not_live",
      `Camera ${cameraId} does not stream to the police; request its footage.`,
    );
  if (!camera.streamUrl) throw notFound(`A stream of camera ${cameraId}`);
  return { ...camera, streamUrl: camera.streamUrl };
}

/** The upstream's answer once its headers arrive, or the API's error: 504 past the timeout, 502 otherwise. */
async function fetchUpstream(url: string, what: string): Promise<Response> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), UPSTREAM_TIMEOUT_MS);
  try {
    const res = await fetch(url, { signal: abort.signal, redirect: "follow", cache: "no-store" });
    if (!res.ok) {
      await res.body?.cancel();
      throw new ApiError(502, "stream_failed", `${what} answered ${res.status}.`);
    }
    return res;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (abort.signal.aborted)
      throw new ApiError(504, "stream_timeout", `${what} did not answer within ${UPSTREAM_TIMEOUT_MS / 1000} s.`);
    throw new ApiError(502, "stream_failed", `${what} could not be reached.`);
  } finally {
    clearTimeout(timer);
  }
}

async function fetchPlaylist(url: string, what: string): Promise<{ text: string; url: string }> {
  const abort = AbortSignal.timeout(UPSTREAM_TIMEOUT_MS);
  const res = await fetchUpstream(url, what);
  try {
    const text = await Promise.race([
      res.text(),
      new Promise<never>((_, reject) => abort.addEventListener("abort", () => reject(new Error("timeout")))),
    ]);
    if (!text.trimStart().startsWith("#EXTM3U"))
      throw new ApiError(502, "stream_failed", `${what} is not an HLS playlist.`);
    return { text, url: res.url || url };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(504, "stream_timeout", `${what} did not answer within ${UPSTREAM_TIMEOUT_MS / 1000} s.`);
  }
}

const playlistResponse = (text: string) =>
  new Response(text, { headers: { "content-type": PLAYLIST_TYPE, "cache-control": "no-store" } });

function sealer(user: CurrentUser, cameraId: number, viewId: string, expires: number) {
  const secret = authSecret();
  return (url: string, kind: UriKind) =>
    `/api/cameras/${cameraId}/live/${sealStreamToken(secret, { c: cameraId, u: user.id, v: viewId, url, k: kind, e: expires })}`;
}

/**
 * GET /api/cameras/{id}/live/index.m3u8: one opening of the camera, in the audit trail. The
 * answer is always a master playlist whose variants are the console's own links, so the
 * player loads this once per opening and refreshes only those links.
 */
export const openLivePlaylist = proxyRoute(async (_req, user, cameraId) => {
  const camera = await liveCamera(cameraId);
  const upstream = await fetchPlaylist(camera.streamUrl, `Camera ${cameraId}`);
  const viewId = randomUUID();
  const seal = sealer(user, cameraId, viewId, Date.now() + VIEW_TTL_MS);
  const body = isMasterPlaylist(upstream.text)
    ? rewritePlaylist(upstream.text, upstream.url, seal)
    : singleVariantMaster(seal(upstream.url, "playlist"));
  await openView({ cameraId, cameraName: camera.name, viewId }, user.id);
  return playlistResponse(body);
});

/** GET /api/cameras/{id}/live/{token}: a variant playlist, rewritten again, or a segment, streamed through. */
export const proxyLiveLink = proxyRoute(async (_req, user, cameraId, token) => {
  const link = token ? openStreamToken(authSecret(), token, Date.now()) : null;
  if (!link || link.c !== cameraId || link.u !== user.id)
    // Not the role's fault: the link is gone for this user, as an expired one is.
    throw new ApiError(
      404,
      "not_found",
      "This stream link has expired, was altered or was opened by someone else; open the camera again.",
    );
  touchView(link.v);
  const what = `Camera ${cameraId}`;
  if (link.k === "playlist") {
    const upstream = await fetchPlaylist(link.url, what);
    return playlistResponse(rewritePlaylist(upstream.text, upstream.url, sealer(user, cameraId, link.v, link.e)));
  }
  const upstream = await fetchUpstream(link.url, what);
  return new Response(upstream.body, {
    headers: {
      "content-type": upstream.headers.get("content-type") ?? "video/mp2t",
      ...(upstream.headers.get("content-length") ? { "content-length": upstream.headers.get("content-length")! } : {}),
      "cache-control": "private, max-age=60",
    },
  });
});

/** GET /api/cameras/{id}/snapshot: the camera's still image, where it has one, proxied the same way. */
export const proxySnapshot = proxyRoute(async (_req, _user, cameraId) => {
  const camera = await cameraStream(getDb(), cameraId);
  if (!camera?.snapshotUrl) throw notFound(`A snapshot of camera ${cameraId}`);
  const upstream = await fetchUpstream(camera.snapshotUrl, `Camera ${cameraId}'s snapshot`);
  return new Response(upstream.body, {
    headers: { "content-type": upstream.headers.get("content-type") ?? "image/jpeg", "cache-control": "no-store" },
  });
});
