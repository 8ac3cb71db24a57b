"use client";
import { useEffect } from "react";
import type { IncidentView } from "@/db/queries/incidents";
import { addIncidentLayers } from "./incidents-layer";
import { addAreaLayers } from "./map-layers";
import { pointsCollection, useConsoleMap } from "./use-console-map";

interface Props {
  mapboxToken: string | null;
  picked: { lat: number; lon: number } | null;
  incidents: readonly IncidentView[];
  selectedId?: number | null;
  onPick?: (lat: number, lon: number) => void;
  onSelectIncident?: (id: number) => void;
}

// The map of the intake and dispatch screens: boundaries, open incidents by priority, and
// the place being entered. A click picks a place, or an incident.
export function PlacePickerMap({ mapboxToken, picked, incidents, selectedId, onPick, onSelectIncident }: Props) {
  const { container, map, error, setLayerData } = useConsoleMap(mapboxToken, (m) => {
    void fetch("/api/map/areas").then(async (r) => r.ok && addAreaLayersBelow(m, await r.json()));
    addIncidentLayers(m);
  });

  useEffect(() => {
    setLayerData("picked", pointsCollection(picked ? [picked] : []));
    if (picked && map) map.easeTo({ center: [picked.lon, picked.lat], zoom: Math.max(map.getZoom(), 14) });
  }, [map, picked?.lat, picked?.lon]);

  useEffect(() => {
    setLayerData("incidents", pointsCollection(incidents.map((i) => ({ id: i.id, priority: i.priority, selected: i.id === selectedId, lat: i.lat, lon: i.lon }))));
  }, [map, incidents, selectedId]);

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
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}

// Boundaries arrive after the incident layers; they go underneath them.
function addAreaLayersBelow(map: Parameters<typeof addAreaLayers>[0], areas: GeoJSON.FeatureCollection) {
  addAreaLayers(map, areas);
  for (const id of ["kota-fill", "kecamatan-line", "kota-line", "kecamatan-point"]) map.moveLayer(id, "incidents");
}
