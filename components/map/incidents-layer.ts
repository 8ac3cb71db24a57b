import type { MapInstance } from "./load-map-library";

export const PRIORITY_COLORS = { P1: "#b3121f", P2: "#e36b00", P3: "#c9a400", P4: "#5b6675" } as const;

/** The ring round an incident says how far help is: none sent yet, on its way, there. */
export const STATUS_COLORS = { open: "#b3121f", dispatched: "#0b5cad", on_scene: "#1d7a3e" } as const;

/** Open incidents as circles coloured by priority, ringed by status; `picked` is the place being entered. */
export function addIncidentLayers(map: MapInstance) {
  const empty: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };
  map.addSource("incidents", { type: "geojson", data: empty });
  map.addLayer({
    id: "incidents",
    type: "circle",
    source: "incidents",
    paint: {
      "circle-radius": ["match", ["get", "priority"], "P1", 10, "P2", 8, 7],
      "circle-color": [
        "match",
        ["get", "priority"],
        "P1",
        PRIORITY_COLORS.P1,
        "P2",
        PRIORITY_COLORS.P2,
        "P3",
        PRIORITY_COLORS.P3,
        PRIORITY_COLORS.P4,
      ],
      "circle-stroke-color": [
        "case",
        ["boolean", ["get", "selected"], false],
        "#111",
        [
          "match",
          ["get", "status"],
          "dispatched",
          STATUS_COLORS.dispatched,
          "on_scene",
          STATUS_COLORS.on_scene,
          STATUS_COLORS.open,
        ],
      ],
      "circle-stroke-width": ["case", ["boolean", ["get", "selected"], false], 4, 3],
    },
  });
  map.addSource("picked", { type: "geojson", data: empty });
  map.addLayer({
    id: "picked",
    type: "circle",
    source: "picked",
    paint: { "circle-radius": 9, "circle-color": "#0b5cad", "circle-stroke-color": "#fff", "circle-stroke-width": 3 },
  });
}
