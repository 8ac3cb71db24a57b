"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";

import { IntakeForm } from "@/components/calls/intake-form";
import { CameraHealthSummary } from "@/components/cameras/camera-health-summary";
import { LivePlayer } from "@/components/cameras/live-player";
import { PlacePickerMap } from "@/components/map/place-picker-map";
import { useEventStream } from "@/components/realtime/use-event-stream";
import { apiFetch } from "@/components/ui/api-fetch";
import { PanelBoundary } from "@/components/ui/panel-boundary";
import { isTyping, useWindowKeys } from "@/components/ui/use-window-keys";
import { type CallDraft, emptyDraft } from "@/lib/calls/call-draft";
import { applyHealthChange, type HealthCounts } from "@/lib/cameras/health-counts";
import type { LiveCamera } from "@/lib/cameras/live-camera";
import { formatPoint } from "@/lib/geo/read-place-text";
import type { LoggedEvent } from "@/lib/realtime/events";

interface Area {
  code: string;
  name: string;
  level: "kecamatan" | "kelurahan";
}

interface Props {
  cameras: LiveCamera[];
  health: HealthCounts;
  /** The counts of the area the monitor is bound to. */
  areaHealth: HealthCounts | null;
  sinceSeq: number;
  area: Area | null;
  /** The areas a monitor may bind to; null for a role that is not bound (the supervisor). */
  areas: Area[] | null;
  offlineAfterSeconds: number;
  mapboxToken: string | null;
}

const COLUMNS = 2;

// The camera monitor watches the live cameras and raises an incident from what one shows,
// with the call-taker's form; the place starts at the camera and can be moved on the map.
// Keys: arrows move through the grid, Enter watches, R reports an incident from the camera.
export function CamerasClient(props: Props) {
  const { mapboxToken, area, areas, offlineAfterSeconds } = props;
  const t = useTranslations("cameraMonitor");
  const th = useTranslations("cameraHealth");
  const router = useRouter();
  const [cameras, setCameras] = useState(props.cameras);
  const [health, setHealth] = useState(props.health);
  const [areaHealth, setAreaHealth] = useState(props.areaHealth);
  const [cursor, setCursor] = useState(0);
  const tp = useTranslations("panel");
  const tl = useTranslations("livePlayer");
  const [watching, setWatching] = useState<LiveCamera | null>(null);
  const [filter, setFilter] = useState("");
  const [camera, setCamera] = useState<LiveCamera | null>(null);
  // The form for the camera picked: it starts at the camera's place, and can be moved on the map.
  const [draft, setDraft] = useState<CallDraft | null>(null);
  const place = draft?.place ?? null;
  const [message, setMessage] = useState<string | null>(null);
  const matched = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return f ? cameras.filter((c) => c.name.toLowerCase().includes(f)) : cameras;
  }, [cameras, filter]);
  const shown = matched.slice(0, 200);

  // A camera going offline or coming back moves in the list and in the counts at once.
  useEventStream(props.sinceSeq, (e: LoggedEvent) => {
    if (e.type !== "camera.offline" && e.type !== "camera.online") return;
    const to = e.type === "camera.offline" ? "offline" : "online";
    const known = cameras.find((c) => c.id === e.payload.camera.id);
    setCameras((list) => list.map((c) => (c.id === e.payload.camera.id ? { ...c, health: to } : c)));
    setHealth((h) => applyHealthChange(h, to, Boolean(known)));
    if (known?.inArea) setAreaHealth((h) => h && applyHealthChange(h, to, true));
  });

  useWindowKeys((e) => {
    if (isTyping(e) || e.ctrlKey || e.metaKey || e.altKey || shown.length === 0) return;
    const move = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: COLUMNS, ArrowUp: -COLUMNS }[e.key];
    const at = shown[Math.min(cursor, shown.length - 1)];
    if (move) {
      e.preventDefault();
      setCursor((i) => Math.max(0, Math.min(shown.length - 1, i + move)));
    } else if (e.key === "Enter" && at) setWatching(at);
    else if ((e.key === "r" || e.key === "R") && at) {
      e.preventDefault();
      pick(at);
    }
  });

  async function bind(code: string) {
    const res = await apiFetch("/api/cameras/my-area", { areaCode: code || null });
    if (res.ok) router.refresh();
  }

  function pick(c: LiveCamera) {
    setCamera(c);
    const at = { lat: Math.round(c.lat * 1e6) / 1e6, lon: Math.round(c.lon * 1e6) / 1e6 };
    setDraft({ ...emptyDraft(Date.now()), place: at, placeText: formatPoint(at) });
    setMessage(null);
  }

  return (
    <div className="calls-screen">
      <section className="panel">
        <PanelBoundary name={tp("list")}>
          {areaHealth && area && (
            <CameraHealthSummary counts={areaHealth} label={th("area", { name: area.name })} testId="area-health" />
          )}
          <CameraHealthSummary
            counts={health}
            label={th("city", { minutes: Math.round(offlineAfterSeconds / 60) })}
            testId="camera-health"
          />
          {areas && (
            <label className="inline">
              {t("boundTo")}{" "}
              <select
                aria-label={t("boundTo")}
                value={area?.code ?? ""}
                onChange={(e) => void bind(e.target.value)}
                data-testid="monitor-area"
              >
                <option value="">{t("allJakarta")}</option>
                {areas.map((a) => (
                  <option key={a.code} value={a.code}>
                    {a.level === "kelurahan" ? `\u00a0\u00a0${a.name}` : a.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <h2>{t("live", { count: cameras.length })}</h2>
          <p className="muted small">{t("keys")}</p>
          <input
            className="filter"
            aria-label={t("filter")}
            placeholder={t("filter")}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          {shown.length < matched.length && (
            <p className="muted">{t("shown", { shown: shown.length, count: matched.length })}</p>
          )}
          <ul className="queue camera-grid" data-testid="live-cameras">
            {shown.map((c, i) => (
              <li
                key={c.id}
                className={
                  [c.id === camera?.id ? "selected" : "", i === cursor ? "cursor" : ""].join(" ").trim() || undefined
                }
                data-health={c.health}
              >
                <span className="number">{c.name}</span>
                {c.inArea && area && <span className="tag">{area.name}</span>}
                {c.health === "offline" && <span className="tag offline">{th("offline")}</span>}
                <button type="button" onClick={() => setWatching(c)}>
                  {tl("watch")}
                </button>
                <button type="button" onClick={() => pick(c)}>
                  {t("raise")}
                </button>
              </li>
            ))}
          </ul>
        </PanelBoundary>
      </section>
      <section className="panel form-panel">
        <PanelBoundary name={tp("form")}>
          {watching && (
            <LivePlayer
              key={watching.id}
              cameraId={watching.id}
              name={watching.name}
              onClose={() => setWatching(null)}
            />
          )}
          {message && (
            <p className="notice" role="status" data-testid="intake-result">
              {message}
            </p>
          )}
          {camera && draft ? (
            <>
              <h3>{t("from", { name: camera.name })}</h3>
              <p className="muted">{[camera.provider, camera.ownerName].filter(Boolean).join(" · ")}</p>
              <IntakeForm
                key={camera.id}
                call={null}
                cameraId={camera.id}
                draft={draft}
                onDraft={(patch) => setDraft((d) => d && { ...d, ...patch })}
                onDone={(m) => {
                  setMessage(m);
                  setCamera(null);
                  setDraft(null);
                }}
              />
            </>
          ) : (
            <p className="muted">{t("pick")}</p>
          )}
        </PanelBoundary>
      </section>
      <section className="map-panel">
        <PanelBoundary name={tp("map")}>
          <PlacePickerMap
            mapboxToken={mapboxToken}
            picked={place}
            incidents={[]}
            cameras={cameras}
            onPick={(lat, lon) =>
              camera &&
              setDraft((d) => d && { ...d, place: { lat, lon }, placeText: formatPoint({ lat, lon }), area: null })
            }
          />
        </PanelBoundary>
      </section>
    </div>
  );
}
