"use client";
import { useCallback, useEffect, useRef, useState } from "react";

import { loadMapLibrary, type MapElement, type MapInstance } from "./load-map-library";

const JAKARTA: [number, number] = [106.83, -6.2];

type GeoJsonSetter = { setData: (data: GeoJSON.FeatureCollection) => void };

/**
 * A map in the given element, with `setLayerData` to feed the GeoJSON sources added in `onLoad`.
 * The element gets data-map-ready once `onLoad` is done and the map has drawn its layers.
 */
export function useConsoleMap(
  mapboxToken: string | null,
  onLoad: (map: MapInstance) => void | Promise<void>,
  zoom = 10.3,
  hash = false,
) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapInstance | null>(null);
  const [library, setLibrary] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onLoadRef = useRef(onLoad);

  useEffect(() => {
    let instance: MapInstance | undefined;
    let cancelled = false;
    loadMapLibrary(mapboxToken)
      .then((lib) => {
        if (cancelled || !container.current) return;
        instance = lib.createMap(container.current, JAKARTA, zoom, hash);
        (container.current as MapElement).consoleMap = instance;
        setLibrary(lib.name);
        instance.on("error", (e: { error?: Error }) => setError(e.error?.message ?? "map error"));
        instance.on("load", () => {
          void (async () => {
            try {
              await onLoadRef.current(instance!);
            } catch (e) {
              setError(String(e));
            }
            // Clustering runs in a worker: ready once drawn, not merely added.
            instance!.once("idle", () => container.current?.setAttribute("data-map-ready", "true"));
            setMap(instance!);
          })();
        });
      })
      .catch((e: unknown) => setError(String(e)));
    return () => {
      cancelled = true;
      instance?.remove();
    };
  }, [mapboxToken, zoom, hash]);

  const setLayerData = useCallback(
    (source: string, data: GeoJSON.FeatureCollection) =>
      (map?.getSource(source) as unknown as GeoJsonSetter | undefined)?.setData(data),
    [map],
  );
  return { container, map, library, error, setLayerData };
}

export const pointsCollection = <P extends Record<string, unknown>>(
  items: readonly (P & { lat: number; lon: number })[],
): GeoJSON.FeatureCollection => ({
  type: "FeatureCollection",
  features: items.map(({ lat, lon, ...props }) => ({
    type: "Feature",
    geometry: { type: "Point", coordinates: [lon, lat] },
    properties: props,
  })),
});
