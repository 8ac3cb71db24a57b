import { getJson } from "@/components/ui/api-fetch";

import { addCameraTileLayers, addClusterCountLayer, CAMERA_COLORS } from "./camera-tile-layers";
import { addAreaLabelLayers, addLandmarkLayers } from "./label-layers";
import type { MapInstance } from "./load-map-library";

export interface StationPoint {
  id: number;
  code: string;
  name: string;
  kind: string;
  lat: number;
  lon: number;
  staffed: boolean;
  locationApproximate: boolean;
}

export const COLORS = { ...CAMERA_COLORS, station: "#0b3d91" };

export function stationsToGeoJson(stations: StationPoint[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: "FeatureCollection",
    features: stations.map((s) => ({
      type: "Feature",
      id: s.id,
      geometry: { type: "Point", coordinates: [s.lon, s.lat] },
      properties: { id: s.id, code: s.code, name: s.name, kind: s.kind, staffed: s.staffed },
    })),
  };
}

/** The shared map's layers: areas, every camera as tiles, landmarks and stations (names come after, addNameLayers). */
export function addConsoleLayers(
  map: MapInstance,
  data: { areas: GeoJSON.FeatureCollection; stations: GeoJSON.FeatureCollection },
) {
  addAreaLayers(map, data.areas);
  addCameraTileLayers(map);
  addLandmarkLayers(map);
  addStationLayers(map, data.stations);
}

/**
 * Area and station names (GET /api/map/labels) and the clusters' counts, once the map has first
 * been drawn: text needs its label points read, the font files fetched and each letter rasterised
 * on the page's thread, none of which should hold back the first draw of everything else on a
 * loaded machine. Under the incidents, if any.
 */
export function addNameLayersOnceDrawn(map: MapInstance) {
  let removed = false;
  map.once("remove", () => (removed = true));
  map.once("idle", () => {
    addClusterCountLayer(map);
    void getJson<GeoJSON.FeatureCollection>("/api/map/labels").then((labels) => {
      // A map left meanwhile (another screen) has no style to add to.
      if (removed) return;
      const stations = Boolean(map.getSource("stations"));
      addAreaLabelLayers(map, labels, stations, map.getLayer("incidents") ? "incidents" : undefined);
    });
  });
}

/** Kota fill and outlines, kecamatan outlines; kecamatan points where no boundary is imported. */
export function addAreaLayers(map: MapInstance, areas: GeoJSON.FeatureCollection) {
  map.addSource("areas", { type: "geojson", data: areas });
  map.addLayer({
    id: "kota-fill",
    type: "fill",
    source: "areas",
    filter: ["all", ["==", ["get", "level"], "kota"], ["get", "hasBoundary"]],
    paint: { "fill-color": "#f7f4ec", "fill-opacity": 0.9 },
  });
  map.addLayer({
    id: "kecamatan-line",
    type: "line",
    source: "areas",
    filter: ["all", ["==", ["get", "level"], "kecamatan"], ["get", "hasBoundary"]],
    paint: { "line-color": "#9aa7b8", "line-width": 0.8 },
  });
  map.addLayer({
    id: "kota-line",
    type: "line",
    source: "areas",
    filter: ["all", ["==", ["get", "level"], "kota"], ["get", "hasBoundary"]],
    paint: { "line-color": "#4a5a70", "line-width": 2 },
  });
  map.addLayer({
    id: "kecamatan-point",
    type: "circle",
    source: "areas",
    filter: ["all", ["==", ["get", "level"], "kecamatan"], ["!", ["get", "hasBoundary"]]],
    paint: { "circle-radius": 3, "circle-color": "#4a5a70" },
  });
}

/** A few cameras (the monitor's live ones) as one clustered GeoJSON source; the whole registry comes as tiles. */
export function addCameraLayers(map: MapInstance, cameras: GeoJSON.FeatureCollection) {
  map.addSource("cameras", { type: "geojson", data: cameras, cluster: true, clusterRadius: 40, clusterMaxZoom: 15 });
  map.addLayer({
    id: "camera-clusters",
    type: "circle",
    source: "cameras",
    filter: ["has", "point_count"],
    paint: {
      "circle-color": ["step", ["get", "point_count"], "#7fb0e0", 100, COLORS.cluster, 1000, "#17427a"],
      "circle-radius": ["step", ["get", "point_count"], 9, 100, 14, 1000, 20],
      "circle-opacity": 0.8,
      "circle-stroke-color": "#fff",
      "circle-stroke-width": 1,
    },
  });
  map.addLayer({
    id: "camera-points",
    type: "circle",
    source: "cameras",
    filter: ["!", ["has", "point_count"]],
    paint: {
      "circle-radius": ["case", ["get", "live"], 5, 3.5],
      "circle-color": ["case", ["get", "offline"], COLORS.offline, ["get", "live"], COLORS.live, COLORS.onRequest],
      "circle-stroke-color": "#fff",
      "circle-stroke-width": 1,
    },
  });
}

export function addStationLayers(map: MapInstance, stations: GeoJSON.FeatureCollection) {
  map.addSource("stations", { type: "geojson", data: stations });
  map.addLayer({
    id: "stations",
    type: "circle",
    source: "stations",
    paint: {
      "circle-radius": ["match", ["get", "kind"], "polda", 10, "polres", 8, 6],
      "circle-color": ["case", ["get", "staffed"], COLORS.station, "#9aa7b8"],
      "circle-stroke-color": "#ffd54a",
      "circle-stroke-width": 2,
    },
  });
}
