// The one place that chooses the map library. With a Mapbox token: mapbox-gl v3 and a Mapbox
// street style. Without: mapbox-gl v3 would draw nothing, so maplibre-gl (the same API) with
// the console's style (GET /api/map/style: offline, or a centre's own tile server's), onto which
// the console adds its own layers.
import type { Map as MapboxMap } from "mapbox-gl";

import { CONSOLE_FONTS } from "@/lib/map/map-style";

export type MapInstance = MapboxMap;
export interface MapLibrary {
  /** `hash`: the view follows the address's #zoom/lat/lon, so that a view can be linked to. */
  createMap: (container: HTMLElement, center: [number, number], zoom: number, hash?: boolean) => MapInstance;
  name: "mapbox-gl" | "maplibre-gl";
}

/** The `text-font` stacks of the console's labels on a map. */
export interface LabelFonts {
  regular: string[];
  bold: string[];
}
// maplibre draws the console's own Noto Sans files (the style's font-faces); mapbox-gl knows no
// font-faces and draws from Mapbox's fonts, which its street style already uses.
const MAPLIBRE_FONTS: LabelFonts = { regular: [CONSOLE_FONTS.regular], bold: [CONSOLE_FONTS.bold] };
const MAPBOX_FONTS: LabelFonts = {
  regular: ["DIN Pro Medium", "Arial Unicode MS Regular"],
  bold: ["DIN Pro Bold", "Arial Unicode MS Bold"],
};
const fontsOf = new WeakMap<object, LabelFonts>();

/** The font stacks the map's library draws labels with. */
export const labelFonts = (map: MapInstance): LabelFonts => fontsOf.get(map) ?? MAPLIBRE_FONTS;

/** The map drawn in an element, where a test or the browser's console can ask it what it drew. */
export type MapElement = HTMLElement & { consoleMap?: MapInstance };

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
        fontsOf.set(map, MAPBOX_FONTS);
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
        style: "/api/map/style",
        attributionControl: { compact: true, customAttribution: "BPS / OCHA HDX cod-ab-idn (CC BY-IGO)" },
      });
      map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
      fontsOf.set(map, MAPLIBRE_FONTS);
      return map as unknown as MapInstance;
    },
  };
}
