"use client";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";

import { IntakeForm } from "@/components/calls/intake-form";
import { LivePlayer } from "@/components/cameras/live-player";
import { PlacePickerMap } from "@/components/map/place-picker-map";
import { PanelBoundary } from "@/components/ui/panel-boundary";
import { type CallDraft, emptyDraft } from "@/lib/calls/call-draft";
import type { LiveCamera } from "@/lib/cameras/live-camera";
import { formatPoint } from "@/lib/geo/read-place-text";

// The camera monitor watches the live cameras and raises an incident from what one shows,
// with the call-taker's form; the place starts at the camera and can be moved on the map.
export function CamerasClient({ cameras, mapboxToken }: { cameras: LiveCamera[]; mapboxToken: string | null }) {
  const t = useTranslations("cameraMonitor");
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
          <h2>{t("live", { count: cameras.length })}</h2>
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
          <ul className="queue" data-testid="live-cameras">
            {shown.map((c) => (
              <li key={c.id} className={c.id === camera?.id ? "selected" : undefined}>
                <span className="number">{c.name}</span>
                {c.health === "offline" && <span className="tag">offline</span>}
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
