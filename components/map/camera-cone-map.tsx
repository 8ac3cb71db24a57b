"use client";
import { useEffect } from "react";

import { getJson } from "@/components/ui/api-fetch";
import { viewCone, type ViewedFrom } from "@/lib/cameras/view-cone";

import { addCameraTileLayers } from "./camera-tile-layers";
import { addLandmarkLayers } from "./label-layers";
import { addAreaLayers, COLORS } from "./map-layers";
import { useConsoleMap } from "./use-console-map";

const EMPTY: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };

/** One camera's view cone over the map and the registry's other cameras, redrawn as its view is edited. */
export function CameraConeMap({ mapboxToken, camera }: { mapboxToken: string | null; camera: ViewedFrom }) {
  const { container, map, setLayerData } = useConsoleMap(
    mapboxToken,
    async (m) => {
      addAreaLayers(m, await getJson<GeoJSON.FeatureCollection>("/api/map/areas"));
      addCameraTileLayers(m);
      addLandmarkLayers(m);
      m.addSource("edited-cone", { type: "geojson", data: EMPTY });
      m.addLayer({
        id: "edited-cone",
        type: "fill",
        source: "edited-cone",
        paint: { "fill-color": COLORS.live, "fill-opacity": 0.3 },
      });
      m.addLayer({
        id: "edited-cone-edge",
        type: "line",
        source: "edited-cone",
        paint: { "line-color": COLORS.live, "line-width": 1.5 },
      });
    },
    16,
  );
  const { lat, lon, bearingDeg, fovDeg, rangeM } = camera;
  useEffect(() => {
    setLayerData("edited-cone", {
      type: "FeatureCollection",
      features: [{ type: "Feature", geometry: viewCone({ lat, lon, bearingDeg, fovDeg, rangeM }, 32), properties: {} }],
    });
  }, [setLayerData, lat, lon, bearingDeg, fovDeg, rangeM]);
  useEffect(() => {
    map?.jumpTo({ center: [lon, lat] });
  }, [map, lat, lon]);
  return <div ref={container} className="map-canvas cone-map" data-testid="cone-map" />;
}
