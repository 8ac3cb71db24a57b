"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

import { useEventStream } from "@/components/realtime/use-event-stream";
import { getJson } from "@/components/ui/api-fetch";
import { applyBoardEvent, type DispatchBoard, ofIncident } from "@/lib/dispatch/dispatch-board";

import { CameraPopup, IncidentPopup, StationPopup } from "./feature-popups";
import { addIncidentLayers, PRIORITY_COLORS, STATUS_COLORS } from "./incidents-layer";
import { addConsoleLayers, COLORS, type StationPoint, stationsToGeoJson } from "./map-layers";
import { MapPopup } from "./map-popup";
import { pointsCollection, useConsoleMap } from "./use-console-map";

type Picked =
  | { kind: "incident"; id: number; lat: number; lon: number }
  | { kind: "station"; station: StationPoint; lat: number; lon: number }
  | { kind: "camera"; id: number; lat: number; lon: number };

const CLICKABLE = ["incidents", "stations", "camera-points", "camera-clusters"];

type Layers = Parameters<typeof addConsoleLayers>[1];

async function fetchLayers(): Promise<
  Layers & { cameraCount: number; generated: number; stationList: StationPoint[] }
> {
  const [areas, cameras, stations] = await Promise.all([
    getJson<GeoJSON.FeatureCollection>("/api/map/areas"),
    getJson<{ count: number; generated: number }>("/api/map/cameras"),
    getJson<StationPoint[]>("/api/map/stations"),
  ]);
  return {
    areas,
    stations: stationsToGeoJson(stations),
    stationList: stations,
    cameraCount: cameras.count,
    generated: cameras.generated,
  };
}

interface Props {
  mapboxToken: string | null;
  /** Open incidents and their stations, read at `sinceSeq`, then followed live. */
  initialBoard: DispatchBoard;
  sinceSeq: number;
}

// The shared map: boundaries, stations, every camera as vector tiles (clustered where dense), open incidents live, and a
// popup for whatever is clicked.
export function JakartaMap({ mapboxToken, initialBoard, sinceSeq }: Props) {
  const t = useTranslations("map");
  const [board, setBoard] = useState(initialBoard);
  const [picked, setPicked] = useState<Picked | null>(null);
  const stationsRef = useRef<StationPoint[]>([]);
  useEventStream(sinceSeq, (e) => setBoard((b) => applyBoardEvent(b, e)));
  const format = useFormatter();
  const layers = useRef<ReturnType<typeof fetchLayers> | null>(null);
  const [status, setStatus] = useState<{ cameras: number; generated: number; boundaries: boolean } | null>(null);
  // The data is fetched while the map library loads; this effect runs before the map's own.
  useEffect(() => {
    layers.current ??= fetchLayers();
  }, []);
  const { container, map, library, error, setLayerData } = useConsoleMap(
    mapboxToken,
    async (map) => {
      const data = await (layers.current ??= fetchLayers());
      addConsoleLayers(map, data);
      addIncidentLayers(map);
      stationsRef.current = data.stationList;
      setStatus({
        cameras: data.cameraCount,
        generated: data.generated,
        boundaries: data.areas.features.some((f) => f.properties?.hasBoundary),
      });
    },
    undefined,
    true,
  );

  useEffect(() => {
    setLayerData(
      "incidents",
      pointsCollection(
        board.incidents.map((i) => ({ id: i.id, priority: i.priority, status: i.status, lat: i.lat, lon: i.lon })),
      ),
    );
  }, [setLayerData, board.incidents]);

  useEffect(() => {
    if (!map) return;
    const click = (e: { point: unknown; lngLat: { lat: number; lng: number } }) => {
      const hit = map.queryRenderedFeatures(e.point as never, { layers: CLICKABLE })[0];
      if (!hit) return setPicked(null);
      const [lon, lat] = (hit.geometry as GeoJSON.Point).coordinates as [number, number];
      const id = Number(hit.properties?.id);
      if (hit.layer?.id === "camera-clusters") return map.easeTo({ center: [lon, lat], zoom: map.getZoom() + 2 });
      if (hit.layer?.id === "incidents") return setPicked({ kind: "incident", id, lat, lon });
      if (hit.layer?.id === "camera-points") return setPicked({ kind: "camera", id, lat, lon });
      const station = stationsRef.current.find((s) => s.id === id);
      if (station) setPicked({ kind: "station", station, lat, lon });
    };
    map.on("click", click);
    return () => void map.off("click", click);
  }, [map]);

  const pickedIncident = picked?.kind === "incident" ? board.incidents.find((i) => i.id === picked.id) : undefined;

  return (
    <>
      <div ref={container} className="map-canvas" data-testid="map" />
      {map && picked && (picked.kind !== "incident" || pickedIncident) && (
        <MapPopup map={map} at={picked} onClose={() => setPicked(null)}>
          {pickedIncident && (
            <IncidentPopup incident={pickedIncident} assignments={ofIncident(board.assignments, pickedIncident.id)} />
          )}
          {picked.kind === "station" && <StationPopup station={picked.station} />}
          {picked.kind === "camera" && <CameraPopup id={picked.id} />}
        </MapPopup>
      )}
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
              <span className="sw" style={{ background: PRIORITY_COLORS.P1 }} />
              {t("incidents")}: <span data-testid="incident-count">{board.incidents.length}</span>
            </div>
            <div className="muted small">
              <span className="ring" style={{ borderColor: STATUS_COLORS.open }} />
              {t("ringOpen")} <span className="ring" style={{ borderColor: STATUS_COLORS.dispatched }} />
              {t("ringDispatched")} <span className="ring" style={{ borderColor: STATUS_COLORS.on_scene }} />
              {t("ringOnScene")}
            </div>
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
