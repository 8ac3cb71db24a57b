"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

import { useEventStream } from "@/components/realtime/use-event-stream";
import { getJson } from "@/components/ui/api-fetch";
import { applyBoardEvent, type DispatchBoard, ofIncident } from "@/lib/dispatch/dispatch-board";
import { LANDMARK_COLORS } from "@/lib/map/label-expressions";

import {
  type AreaLabel,
  AreaPopup,
  CameraPopup,
  ClusterPopup,
  IncidentPopup,
  type Landmark,
  LandmarkPopup,
  PointPopup,
  StationPopup,
} from "./feature-popups";
import { addIncidentLayers, PRIORITY_COLORS, STATUS_COLORS } from "./incidents-layer";
import { AREA_LABEL_LAYERS, LANDMARK_LAYERS } from "./label-layers";
import { addConsoleLayers, addNameLayersOnceDrawn, COLORS, type StationPoint, stationsToGeoJson } from "./map-layers";
import { MapPopup } from "./map-popup";
import { pointsCollection, useConsoleMap } from "./use-console-map";

type At = { lat: number; lon: number };
type Picked = At &
  (
    | { kind: "incident"; id: number }
    | { kind: "station"; station: StationPoint }
    | { kind: "camera"; id: number }
    | { kind: "cluster"; count: number; live: number; offline: number }
    | { kind: "area"; area: AreaLabel }
    | { kind: "landmark"; landmark: Landmark }
    | { kind: "point" }
  );

const CLICKABLE = [
  "incidents",
  "stations",
  "station-labels",
  "camera-points",
  "camera-clusters",
  ...LANDMARK_LAYERS,
  ...AREA_LABEL_LAYERS,
];

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

// The shared map: boundaries and the names of kota, kecamatan and kelurahan, stations, landmarks at street zooms,
// every camera as vector tiles (clustered and counted where dense), open incidents live, and a popup for whatever
// is clicked (on no feature: where the point lies).
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
      addNameLayersOnceDrawn(map);
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
      // A click beside everything closes the open popup, or else tells where that point lies.
      if (!hit) return setPicked((open) => (open ? null : { kind: "point", lat: e.lngLat.lat, lon: e.lngLat.lng }));
      const [lon, lat] = (hit.geometry as GeoJSON.Point).coordinates as [number, number];
      const p = hit.properties ?? {};
      const id = Number(p.id);
      const layer = hit.layer?.id ?? "";
      if (layer === "camera-clusters") {
        setPicked({
          kind: "cluster",
          count: Number(p.count),
          live: Number(p.live),
          offline: Number(p.offline),
          lat,
          lon,
        });
        return map.easeTo({ center: [lon, lat], zoom: map.getZoom() + 2 });
      }
      if (layer === "incidents") return setPicked({ kind: "incident", id, lat, lon });
      if (layer === "camera-points") return setPicked({ kind: "camera", id, lat, lon });
      if (AREA_LABEL_LAYERS.includes(layer)) return setPicked({ kind: "area", area: p as AreaLabel, lat, lon });
      if (LANDMARK_LAYERS.includes(layer)) {
        const detail = typeof p.detail === "string" ? p.detail : null;
        const landmark = { id, name: String(p.name), kind: p.kind as Landmark["kind"], detail, lat, lon };
        return setPicked({ kind: "landmark", landmark, lat, lon });
      }
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
          {picked.kind === "cluster" && <ClusterPopup cluster={picked} />}
          {picked.kind === "area" && <AreaPopup area={picked.area} />}
          {picked.kind === "landmark" && <LandmarkPopup landmark={picked.landmark} />}
          {picked.kind === "point" && <PointPopup lat={picked.lat} lon={picked.lon} />}
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
              <span className="sw" style={{ background: LANDMARK_COLORS.health }} />
              <span className="sw" style={{ background: LANDMARK_COLORS.transport }} />
              {t("landmarks")}
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
