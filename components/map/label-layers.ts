import { landmarkColor, stationLabelText } from "@/lib/map/label-expressions";

import { labelFonts, type MapInstance } from "./load-map-library";

/** The zooms at which each level's names show: the city's kota, a kota's kecamatan, a street's kelurahan. */
export const LABEL_ZOOMS = {
  kota: { maxzoom: 11.6 },
  kecamatan: { minzoom: 11.2, maxzoom: 15 },
  kelurahan: { minzoom: 12.8 },
  stations: { polres: 11, all: 12.5 },
  landmarks: { minzoom: 14 },
} as const;

/** The layers a popup opens from: area names, landmarks (their dots and names). */
export const AREA_LABEL_LAYERS = ["kota-labels", "kecamatan-labels", "kelurahan-labels"];
export const LANDMARK_LAYERS = ["landmarks", "landmark-labels"];

const HALO = { "text-halo-color": "#fff", "text-halo-width": 1.4 };

/**
 * The names of kota, kecamatan and kelurahan at their points (GET /api/map/labels), each at its
 * zooms, and station names. A layer added later is placed first where names collide: a kota's name
 * wins over a kecamatan's, which wins over a station's, which wins over a kelurahan's.
 */
export function addAreaLabelLayers(
  map: MapInstance,
  labels: GeoJSON.FeatureCollection,
  stations = false,
  beforeId?: string,
) {
  const fonts = labelFonts(map);
  map.addSource("area-labels", { type: "geojson", data: labels });
  map.addLayer(
    {
      id: "kelurahan-labels",
      type: "symbol",
      source: "area-labels",
      filter: ["==", ["get", "level"], "kelurahan"],
      minzoom: LABEL_ZOOMS.kelurahan.minzoom,
      layout: { "text-field": ["get", "name"], "text-font": fonts.regular, "text-size": 11.5, "text-max-width": 8 },
      paint: { "text-color": "#5b6675", ...HALO },
    },
    beforeId,
  );
  if (stations) addStationLabelLayer(map, beforeId);
  map.addLayer(
    {
      id: "kecamatan-labels",
      type: "symbol",
      source: "area-labels",
      filter: ["==", ["get", "level"], "kecamatan"],
      ...LABEL_ZOOMS.kecamatan,
      layout: {
        "text-field": ["get", "name"],
        "text-font": fonts.bold,
        "text-size": 12.5,
        "text-transform": "uppercase",
        "text-letter-spacing": 0.05,
        "text-max-width": 8,
      },
      paint: { "text-color": "#34435a", ...HALO },
    },
    beforeId,
  );
  map.addLayer(
    {
      id: "kota-labels",
      type: "symbol",
      source: "area-labels",
      filter: ["==", ["get", "level"], "kota"],
      ...LABEL_ZOOMS.kota,
      layout: {
        "text-field": ["get", "name"],
        "text-font": fonts.bold,
        "text-size": 15,
        "text-transform": "uppercase",
        "text-letter-spacing": 0.08,
        "text-max-width": 7,
        // A kota's name is the one label always drawn at the city's zoom, over the cluster counts.
        "text-allow-overlap": true,
      },
      paint: { "text-color": "#22324a", "text-halo-color": "#fff", "text-halo-width": 2 },
    },
    beforeId,
  );
}

/** Station names under their circles (source `stations`): Polda and Polres first, every polsek nearer. */
function addStationLabelLayer(map: MapInstance, beforeId?: string) {
  map.addLayer(
    {
      id: "station-labels",
      type: "symbol",
      source: "stations",
      minzoom: LABEL_ZOOMS.stations.polres,
      layout: {
        "text-field": stationLabelText(LABEL_ZOOMS.stations.polres, LABEL_ZOOMS.stations.all) as never,
        "text-font": labelFonts(map).bold,
        "text-size": 11,
        "text-anchor": "top",
        "text-offset": [0, 0.9],
        "text-max-width": 9,
        "text-optional": true,
      },
      paint: { "text-color": "#0b3d91", ...HALO },
    },
    beforeId,
  );
}

/**
 * The gazetteer's landmarks (hospitals, stations, offices, markets, halte) as the console's vector
 * tiles (GET /api/tiles/places/z/x/y), from street zooms: the places a caller names when there is
 * no street name to give, and what makes a map without streets readable around an incident.
 */
export function addLandmarkLayers(map: MapInstance) {
  map.addSource("landmarks", {
    type: "vector",
    tiles: [`${location.origin}/api/tiles/places/{z}/{x}/{y}`],
    minzoom: 13,
    maxzoom: 16,
  });
  const color = landmarkColor() as never;
  map.addLayer({
    id: "landmarks",
    type: "circle",
    source: "landmarks",
    "source-layer": "places",
    minzoom: LABEL_ZOOMS.landmarks.minzoom,
    paint: { "circle-radius": 4, "circle-color": color, "circle-stroke-color": "#fff", "circle-stroke-width": 1 },
  });
  map.addLayer({
    id: "landmark-labels",
    type: "symbol",
    source: "landmarks",
    "source-layer": "places",
    minzoom: LABEL_ZOOMS.landmarks.minzoom,
    layout: {
      "text-field": ["get", "name"],
      "text-font": labelFonts(map).regular,
      "text-size": 11,
      "text-anchor": "top",
      "text-offset": [0, 0.6],
      "text-max-width": 9,
      "text-optional": true,
      // Hospitals and train stations win a crowded street over pharmacies.
      "symbol-sort-key": ["get", "rank"],
    },
    paint: { "text-color": color, ...HALO },
  });
}
