"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

import { getJson } from "@/components/ui/api-fetch";

import { addConsoleLayers, camerasToGeoJson, COLORS, type StationPoint, stationsToGeoJson } from "./map-layers";
import { useConsoleMap } from "./use-console-map";

type Layers = Parameters<typeof addConsoleLayers>[1];

async function fetchLayers(): Promise<Layers & { cameraCount: number; generated: number }> {
  const [areas, cameras, stations] = await Promise.all([
    getJson<GeoJSON.FeatureCollection>("/api/map/areas"),
    getJson<{ points: [number, number, number, number][]; generated: number }>("/api/map/cameras"),
    getJson<StationPoint[]>("/api/map/stations"),
  ]);
  return {
    areas,
    cameras: camerasToGeoJson(cameras.points),
    stations: stationsToGeoJson(stations),
    cameraCount: cameras.points.length,
    generated: cameras.generated,
  };
}

export function JakartaMap({ mapboxToken }: { mapboxToken: string | null }) {
  const t = useTranslations("map");
  const format = useFormatter();
  const layers = useRef<ReturnType<typeof fetchLayers> | null>(null);
  const [status, setStatus] = useState<{ cameras: number; generated: number; boundaries: boolean } | null>(null);
  // The data is fetched while the map library loads; this effect runs before the map's own.
  useEffect(() => {
    layers.current ??= fetchLayers();
  }, []);
  const { container, library, error } = useConsoleMap(mapboxToken, async (map) => {
    const data = await (layers.current ??= fetchLayers());
    addConsoleLayers(map, data);
    setStatus({
      cameras: data.cameraCount,
      generated: data.generated,
      boundaries: data.areas.features.some((f) => f.properties?.hasBoundary),
    });
  });

  return (
    <>
      <div ref={container} className="map-canvas" data-testid="map" />
      <aside className="map-legend" aria-label={t("title")}>
        <strong>{t("title")}</strong>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {!status && !error && <p className="muted">{t("loading")}</p>}
        {status && (
          <>
            <div>
              <span className="sw" style={{ background: COLORS.station }} />
              {t("stations")} ({t("approximate")})
            </div>
            <div>
              <span className="sw" style={{ background: COLORS.live }} />
              {t("live")}
            </div>
            <div>
              <span className="sw" style={{ background: COLORS.onRequest }} />
              {t("onRequest")}
            </div>
            <div>
              <span className="sw" style={{ background: COLORS.offline }} />
              {t("offline")}
            </div>
            <div>
              <span className="sw" style={{ background: COLORS.cluster }} />
              {t("cameras")}: <span data-testid="camera-count">{format.number(status.cameras)}</span>
            </div>
            {status.generated > 0 && <p className="muted">{t("generated")}</p>}
            {!status.boundaries && <p className="muted">{t("noBoundaries")}</p>}
            <p className="muted" style={{ marginBottom: 0 }}>
              {library}
            </p>
          </>
        )}
      </aside>
    </>
  );
}
