"use client";
import type Hls from "hls.js";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

import type { ErrorCode } from "@/lib/api/error-code";

// The proxy's answer, by status, as the screen tells it: the player sees only the status.
const CODE_OF_STATUS: Record<number, ErrorCode> = {
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "camera_not_live",
  502: "stream_failed",
  504: "stream_timeout",
};
const SNAPSHOT_REFRESH_MS = 5_000;

/**
 * A live camera through the console's own HLS proxy (hls.js; Safari plays HLS itself). A camera
 * with no stream shows its still image, refreshed; a camera that does not answer says so.
 */
export function LivePlayer({ cameraId, name, onClose }: { cameraId: number; name: string; onClose: () => void }) {
  const t = useTranslations("livePlayer");
  const ta = useTranslations("apiErrors");
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [playing, setPlaying] = useState(false);
  const [snapshotAt, setSnapshotAt] = useState<number | null>(null);

  useEffect(() => {
    const el = video.current;
    if (!el) return;
    const src = `/api/cameras/${cameraId}/live/index.m3u8`;
    let hls: Hls | null = null;
    let gone = false;
    const fail = (status: number) => {
      // No stream: the camera's still image instead, where it has one.
      if (status === 404) setSnapshotAt(Date.now());
      else setError(CODE_OF_STATUS[status] ?? "stream_failed");
    };
    void import("hls.js").then(({ default: HlsJs }) => {
      if (gone) return;
      if (!HlsJs.isSupported()) {
        el.src = src;
        el.onerror = () => setError("stream_failed");
        return;
      }
      // One try for the opening: a camera that does not answer is told at once, not retried.
      const once = { maxTimeToFirstByteMs: 6_000, maxLoadTimeMs: 8_000, timeoutRetry: null, errorRetry: null };
      hls = new HlsJs({ manifestLoadPolicy: { default: once }, liveSyncDurationCount: 2, lowLatencyMode: false });
      // A media or network hiccup mid-stream is recovered from a few times; a refusal by the
      // proxy (a status) or an error that keeps coming is told.
      let recoveries = 0;
      hls.on(HlsJs.Events.ERROR, (_e, data) => {
        if (!data.fatal) return;
        el.dataset.hlsError = data.details;
        const status = data.response?.code ?? 0;
        if (status === 0 && recoveries++ < 3) {
          if (data.type === HlsJs.ErrorTypes.MEDIA_ERROR) hls?.recoverMediaError();
          else hls?.startLoad();
          return;
        }
        fail(status);
        hls?.destroy();
      });
      hls.loadSource(src);
      hls.attachMedia(el);
    });
    el.onplaying = () => setPlaying(true);
    el.muted = true;
    void el.play().catch(() => undefined);
    return () => {
      gone = true;
      hls?.destroy();
      // The audit trail's end of the view; keepalive lets it go even as the page closes.
      void fetch(`/api/cameras/${cameraId}/views/close`, { method: "POST", keepalive: true }).catch(() => undefined);
    };
  }, [cameraId]);

  const stills = snapshotAt !== null;
  useEffect(() => {
    if (!stills) return;
    const timer = setInterval(() => setSnapshotAt(Date.now()), SNAPSHOT_REFRESH_MS);
    return () => clearInterval(timer);
  }, [stills]);

  return (
    <section className="live-player" data-testid="live-player" aria-label={t("title", { name })}>
      <header>
        <h3>{t("title", { name })}</h3>
        <button type="button" onClick={onClose}>
          {t("close")}
        </button>
      </header>
      {snapshotAt !== null ? (
        <img src={`/api/cameras/${cameraId}/snapshot?t=${snapshotAt}`} alt={t("snapshot", { name })} width="100%" />
      ) : (
        <video ref={video} data-testid="live-video" muted playsInline autoPlay width="100%" />
      )}
      {error ? (
        <p className="notice error" role="alert" data-testid="live-error">
          {ta(error)}
        </p>
      ) : (
        !playing && snapshotAt === null && <p className="muted">{t("loading")}</p>
      )}
      <p className="muted small">{t("watching")}</p>
    </section>
  );
}
