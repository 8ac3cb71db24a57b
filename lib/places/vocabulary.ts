// What a gazetteer place is: an area, a station, a named camera, or a landmark of the
// DKI Jakarta 1:1000 base map (its categories, as ../shared/data/geo/jakarta_landmarks.csv has them).
export const landmarkKinds = [
  "hospital",
  "health_centre",
  "pharmacy",
  "government_office",
  "shopping",
  "supermarket",
  "train_station",
  "transjakarta_stop",
  "fuel_station",
  "landmark",
] as const;
export type LandmarkKind = (typeof landmarkKinds)[number];
export const placeKinds = ["kota", "kecamatan", "kelurahan", "station", "camera", ...landmarkKinds] as const;
export type PlaceKind = (typeof placeKinds)[number];

/** What a place search answers with: a gazetteer place, or a street address from Mapbox's geocoding. */
export const placeMatchKinds = [...placeKinds, "address"] as const;
export type PlaceMatchKind = (typeof placeMatchKinds)[number];
