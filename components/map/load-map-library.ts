// The one place that chooses the map library. With a Mapbox token: mapbox-gl v3 and a Mapbox
// street style. Without: mapbox-gl v3 would draw nothing, so maplibre-gl (the same API) with
// the offline style from public/, onto which the console adds its own layers.
import type { Map as MapboxMap } from "mapbox-gl";

export type MapInstance = MapboxMap;
export interface MapLibrary {
  /** `hash`: the view follows the address's #zoom/lat/lon, so that a view can be linked to. */
  createMap: (container: HTMLElement, center: [number, number], zoom: number, hash?: boolean) => MapInstance;
  name: "mapbox-gl" | "maplibre-gl";
}

export async function loadMapLibrary(mapboxToken: string | null): Promise<MapLibrary> {
  if (mapboxToken) {
    const mapboxgl = (await import("mapbox-gl")).default;
    await import("mapbox-gl/dist/mapbox-gl.css");
    mapboxgl.accessToken = mapboxToken;
    return {
      name: "mapbox-gl",
      createMap: (container, center, zoom, hash = false) => {
        const map = new mapboxgl.Map({ container, center, zoom, hash, style: "mapbox://styles/mapbox/streets-v12" });
        map.addControl(new mapboxgl.NavigationControl({ showCompass: false }), "top-right");
        return map;
      },
    };
  }
  const maplibregl = await import("maplibre-gl");
  await import("maplibre-gl/dist/maplibre-gl.css");
  // Turbopack cannot bundle maplibre's worker; it is served from public/ (see README).
  maplibregl.setWorkerUrl("/maplibre-gl-worker.mjs");
  return {
    name: "maplibre-gl",
    createMap: (container, center, zoom, hash = false) => {
      const map = new maplibregl.Map({
        container,
        center,
        zoom,
        hash,
        style: "/map-style.json",
        attributionControl: { compact: true, customAttribution: "BPS / OCHA HDX cod-ab-idn (CC BY-IGO)" },
      });
      map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
      return map as unknown as MapInstance;
    },
  };
}
