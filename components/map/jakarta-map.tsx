"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { loadMapLibrary, type MapInstance } from "./load-map-library";
import { addConsoleLayers, camerasToGeoJson, COLORS, stationsToGeoJson, type StationPoint } from "./map-layers";

const JAKARTA: [number, number] = [106.83, -6.2];

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: "no-store" });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

export function JakartaMap({ mapboxToken }: { mapboxToken: string | null }) {
  const t = useTranslations("map");
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<{ cameras: number; generated: number; boundaries: boolean; library: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let map: MapInstance | undefined;
    let cancelled = false;
    (async () => {
      const [lib, areas, cameras, { stations }] = await Promise.all([
        loadMapLibrary(mapboxToken),
        getJson<GeoJSON.FeatureCollection>("/api/map/areas"),
        getJson<{ points: [number, number, number, number][]; generated: number }>("/api/map/cameras"),
        getJson<{ stations: StationPoint[] }>("/api/map/stations"),
      ]);
      if (cancelled || !container.current) return;
      map = lib.createMap(container.current, JAKARTA, 10.3);
      map.on("error", (e: { error?: Error }) => setError(e.error?.message ?? "map error"));
      map.on("load", () => {
        addConsoleLayers(map!, { areas, cameras: camerasToGeoJson(cameras.points), stations: stationsToGeoJson(stations) });
        // Ready once the console's layers are drawn, not merely added: clustering runs in a worker.
        map!.once("idle", () => container.current?.setAttribute("data-map-ready", "true"));
      });
      setStatus({
        cameras: cameras.points.length, generated: cameras.generated, library: lib.name,
        boundaries: areas.features.some((f) => f.properties?.hasBoundary),
      });
    })().catch((e: unknown) => setError(String(e)));
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [mapboxToken]);

  return (
    <>
      <div ref={container} className="map-canvas" data-testid="map" />
      <aside className="map-legend" aria-label={t("title")}>
        <strong>{t("title")}</strong>
        {error && <p className="error" role="alert">{error}</p>}
        {!status && !error && <p className="muted">{t("loading")}</p>}
        {status && (
          <>
            <div><span className="sw" style={{ background: COLORS.station }} />{t("stations")} ({t("approximate")})</div>
            <div><span className="sw" style={{ background: COLORS.live }} />{t("live")}</div>
            <div><span className="sw" style={{ background: COLORS.onRequest }} />{t("onRequest")}</div>
            <div><span className="sw" style={{ background: COLORS.offline }} />{t("offline")}</div>
            <div><span className="sw" style={{ background: COLORS.cluster }} />{t("cameras")}: <span data-testid="camera-count">{status.cameras.toLocaleString("id-ID")}</span></div>
            {status.generated > 0 && <p className="muted">{t("generated")}</p>}
            {!status.boundaries && <p className="muted">{t("noBoundaries")}</p>}
            <p className="muted" style={{ marginBottom: 0 }}>{status.library}</p>
          </>
        )}
      </aside>
    </>
  );
}
