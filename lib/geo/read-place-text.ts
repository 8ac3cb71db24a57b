/** What a call-taker typed in the place field, read before anything is sent or drawn. */
export type PlaceText =
  | { kind: "empty" }
  /** Two numbers that are a valid latitude and longitude, in that order. */
  | { kind: "point"; lat: number; lon: number }
  /** Two numbers that are no place; `swapped` is the place they make the other way round, if they do. */
  | { kind: "out_of_range"; swapped: { lat: number; lon: number } | null }
  /** Anything else: a kelurahan or kecamatan name to complete. */
  | { kind: "name"; text: string };

// Any number of digits, so that "1000, 9" is an out-of-range pair and not a name to search for.
const PAIR = /^\s*(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*$/;

const isLat = (v: number) => Number.isFinite(v) && Math.abs(v) <= 90;
const isLon = (v: number) => Number.isFinite(v) && Math.abs(v) <= 180;

/** A valid WGS 84 point: what the map and the API can take without throwing. */
export const isValidPoint = (p: { lat: number; lon: number }) => isLat(p.lat) && isLon(p.lon);

// Coordinates copied from a GeoJSON file or a map tool often come as "lon, lat": Jakarta's
// longitude (about 106.8) is no latitude, so such a pair is out of range, and the other
// order is the place meant. Anything beyond that is simply out of range.
export function readPlaceText(text: string): PlaceText {
  if (!text.trim()) return { kind: "empty" };
  const m = PAIR.exec(text);
  if (!m) return { kind: "name", text: text.trim() };
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (isLat(a) && isLon(b)) return { kind: "point", lat: a, lon: b };
  return { kind: "out_of_range", swapped: isLat(b) && isLon(a) ? { lat: b, lon: a } : null };
}

/** The message key (under `intake.errors`) for typed text that is no place, or null. */
export function placeTextProblem(text: string): "placeRange" | "placeSwapped" | null {
  const read = readPlaceText(text);
  if (read.kind !== "out_of_range") return null;
  return read.swapped ? "placeSwapped" : "placeRange";
}

/** How a point is written back into the field: latitude first, as the field reads it. */
export const formatPoint = (p: { lat: number; lon: number }) => `${p.lat}, ${p.lon}`;
