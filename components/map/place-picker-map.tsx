"use client";
import { useEffect } from "react";

import { getJson } from "@/components/ui/api-fetch";
import { isValidPoint } from "@/lib/geo/read-place-text";
import type { IncidentView } from "@/lib/incidents/incident-view";

import { addCameraTileLayers } from "./camera-tile-layers";
import { addIncidentLayers } from "./incidents-layer";
import { addLandmarkLayers } from "./label-layers";
import {
  addAreaLayers,
  addCameraLayers,
  addNameLayersOnceDrawn,
  addStationLayers,
  type StationPoint,
  stationsToGeoJson,
} from "./map-layers";
import { NearbyCameraList } from "./nearby-camera-list";
import { addNearbyCameraLayers, nearbyCamerasToGeoJson } from "./nearby-cameras-layer";
import { pointsCollection, useConsoleMap } from "./use-console-map";
import { useNearbyCameraAnswer } from "./use-nearby-cameras";

/** From this zoom the registry's cameras are drawn around the place; a place is shown two zooms closer. */
const STREET_ZOOM = 13;

interface Props {
  mapboxToken: string | null;
  /** The place being handled: the map goes there and shows the cameras around it. */
  picked: { lat: number; lon: number } | null;
  /** Draw the place's own marker (not where the place is an incident already marked). */
  markPicked?: boolean;
  incidents: readonly IncidentView[];
  selectedId?: number | null;
  /** Cameras to show all of, clustered (the camera monitor's live cameras). */
  cameras?: readonly { id: number; lat: number; lon: number; health: string }[];
  onPick?: (lat: number, lon: number) => void;
  onSelectIncident?: (id: number) => void;
  /** The cameras around the place (not where the place is a station being moved). */
  showCameras?: boolean;
}

// The map of the intake, camera and dispatch screens: boundaries and names, stations, open
// incidents by priority, and the place being handled with the cameras around it and what they
// see. At the street zoom a place is shown at, the landmarks and the registry's other cameras
// around it are drawn too, so that a map without streets is not an empty plane.
// A click picks a place, or an incident.
export function PlacePickerMap({
  mapboxToken,
  picked: given,
  markPicked = true,
  incidents,
  selectedId,
  cameras,
  onPick,
  onSelectIncident,
  showCameras = true,
}: Props) {
  // mapbox-gl and maplibre throw on a latitude past 90: a point that is no place is not drawn.
  const picked = given && isValidPoint(given) ? given : null;
  const { cameras: nearby, settled } = useNearbyCameraAnswer(showCameras ? picked : null);
  const { container, map, error, setLayerData } = useConsoleMap(mapboxToken, async (m) => {
    const [areas, stations] = await Promise.all([
      getJson<GeoJSON.FeatureCollection>("/api/map/areas"),
      getJson<StationPoint[]>("/api/map/stations"),
    ]);
    addAreaLayers(m, areas);
    // The monitor's live cameras come as their own clustered source instead.
    if (!cameras) addCameraTileLayers(m, STREET_ZOOM);
    addLandmarkLayers(m);
    addStationLayers(m, stationsToGeoJson(stations));
    if (cameras)
      addCameraLayers(
        m,
        pointsCollection(
          cameras.map((c) => ({ id: c.id, lat: c.lat, lon: c.lon, live: true, offline: c.health === "offline" })),
        ),
      );
    addNearbyCameraLayers(m);
    addIncidentLayers(m);
    addNameLayersOnceDrawn(m);
  });

  useEffect(() => {
    setLayerData("picked", pointsCollection(picked && markPicked ? [picked] : []));
    if (!picked || !map) return;
    // A jump, not an animation: the console's screens share their machine's CPU with the others,
    // and half a second of drawn frames held up the dispatcher's new incident. And a jump once
    // the place's cameras are in (or a moment without them): drawing the new view takes the
    // page's one thread for a tenth of a second, and the kelurahan and the cameras beside the
    // form, which the call-taker reads first, would wait behind it.
    const jump = () =>
      void map.jumpTo({ center: [picked.lon, picked.lat], zoom: Math.max(map.getZoom(), STREET_ZOOM + 2) });
    if (settled || !showCameras) return jump();
    const id = setTimeout(jump, 300);
    return () => clearTimeout(id);
    // The point, not the object: a parent that rebuilds the same place must not move the map again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, setLayerData, markPicked, picked?.lat, picked?.lon, settled, showCameras]);

  useEffect(() => {
    const { cones, points } = nearbyCamerasToGeoJson(nearby);
    setLayerData("nearby-cones", cones);
    setLayerData("nearby-cameras", points);
  }, [setLayerData, nearby]);

  useEffect(() => {
    setLayerData(
      "incidents",
      pointsCollection(
        incidents.map((i) => ({
          id: i.id,
          priority: i.priority,
          status: i.status,
          selected: i.id === selectedId,
          lat: i.lat,
          lon: i.lon,
        })),
      ),
    );
  }, [setLayerData, incidents, selectedId]);

  useEffect(() => {
    if (!map) return;
    const click = (e: { lngLat: { lat: number; lng: number }; point: unknown }) => {
      const hit = map.queryRenderedFeatures(e.point as never, { layers: ["incidents"] })[0];
      if (hit && onSelectIncident) return onSelectIncident(Number(hit.properties?.id));
      onPick?.(Math.round(e.lngLat.lat * 1e6) / 1e6, Math.round(e.lngLat.lng * 1e6) / 1e6);
    };
    map.on("click", click);
    return () => void map.off("click", click);
  }, [map, onPick, onSelectIncident]);

  return (
    <div className="mini-map">
      <div ref={container} className="map-canvas" data-testid="place-map" />
      {picked && showCameras && <NearbyCameraList cameras={nearby} busy={!settled} />}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
