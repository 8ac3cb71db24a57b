// Style expressions of the map's labels, kept apart from the layers so that they can be evaluated
// in a test with MapLibre's own expression engine.

type Expression = unknown[];

/**
 * A cluster's count as its circle can hold it: as it is up to 9,999, then in thousands ("12k",
 * the abbreviation Jakarta's signs and prices use too).
 */
export const clusterCountText = (count: Expression): Expression => [
  "step",
  count,
  ["to-string", count],
  10_000,
  ["concat", ["to-string", ["round", ["/", count, 1000]]], "k"],
];

/** The name of a station from `bigFrom` on for Polda and Polres, from `allFrom` on for every station. */
export const stationLabelText = (bigFrom: number, allFrom: number): Expression => [
  "step",
  ["zoom"],
  "",
  bigFrom,
  ["match", ["get", "kind"], ["polda", "polres"], ["get", "name"], ""],
  allFrom,
  ["get", "name"],
];

/** Colours of a landmark by what it is: health red, transport teal, offices violet, shops brown. */
export const LANDMARK_COLORS = {
  health: "#a3142a",
  transport: "#0b6e8a",
  office: "#5b3a8a",
  shop: "#8a5a0b",
  other: "#4a5a70",
} as const;

export const landmarkColor = (): Expression => [
  "match",
  ["get", "kind"],
  ["hospital", "health_centre", "pharmacy"],
  LANDMARK_COLORS.health,
  ["train_station", "transjakarta_stop"],
  LANDMARK_COLORS.transport,
  "government_office",
  LANDMARK_COLORS.office,
  ["shopping", "supermarket"],
  LANDMARK_COLORS.shop,
  LANDMARK_COLORS.other,
];
