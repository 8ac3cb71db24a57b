import { OpenLocationCode } from "open-location-code";

import { KECAMATAN, KOTA } from "./jakarta-reference";

/** How a point was read from the text, for the call-taker and for other systems. */
export const placeReadMethods = [
  "decimal",
  "decimal-comma",
  "dms",
  "google-maps",
  "whatsapp",
  "plus-code",
  "gazetteer",
  /** A street address found by Mapbox's geocoding (with MAPBOX_TOKEN) when the gazetteer has no place. */
  "mapbox",
] as const;
export type PlaceReadMethod = (typeof placeReadMethods)[number];

/**
 * Why a text that looks like a place is none, as a message key (under `intake.errors`, and
 * `places.refused` for the API): the call-taker learns what to ask the caller for instead.
 */
export const placeRefusals = [
  "placeRange",
  "placeSwapped",
  "placeShortLink",
  "placeLinkWithoutPoint",
  "placeUnknownLink",
  "placeDms",
  "placePlusCode",
  "placePlusCodeElsewhere",
  /** Only where the gazetteer is asked: a name that matches no place. */
  "placeNotFound",
] as const;
export type PlaceRefusal = (typeof placeRefusals)[number];

/** What a call-taker typed or pasted in the place field, read before anything is sent or drawn. */
export type PlaceText =
  | { kind: "empty" }
  /** A valid latitude and longitude; `label` is the name a WhatsApp location came with. */
  | {
      kind: "point";
      lat: number;
      lon: number;
      method: Exclude<PlaceReadMethod, "gazetteer" | "mapbox">;
      label?: string;
    }
  /** Two numbers that are no place; `swapped` is the place they make the other way round, if they do. */
  | { kind: "out_of_range"; swapped: { lat: number; lon: number } | null }
  /** Text that is meant as a place but cannot be read as one here. */
  | { kind: "refused"; reason: Exclude<PlaceRefusal, "placeRange" | "placeSwapped" | "placeNotFound"> }
  /** Anything else: a place's name to look up in the gazetteer. */
  | { kind: "name"; text: string };

type Read = Exclude<PlaceText, { kind: "empty" } | { kind: "name" }>;
type Method = Extract<PlaceText, { kind: "point" }>["method"];

const isLat = (v: number) => Number.isFinite(v) && Math.abs(v) <= 90;
const isLon = (v: number) => Number.isFinite(v) && Math.abs(v) <= 180;

/** A valid WGS 84 point: what the map and the API can take without throwing. */
export const isValidPoint = (p: { lat: number; lon: number }) => isLat(p.lat) && isLon(p.lon);

// Coordinates copied from a GeoJSON file or a map tool often come as "lon, lat": Jakarta's
// longitude (about 106.8) is no latitude, so such a pair is out of range, and the other
// order is the place meant. Anything beyond that is simply out of range.
function pair(a: number, b: number, method: Method): Read {
  if (isLat(a) && isLon(b)) return { kind: "point", lat: a, lon: b, method };
  return { kind: "out_of_range", swapped: isLat(b) && isLon(a) ? { lat: b, lon: a } : null };
}

// Any number of digits, so that "1000, 9" is an out-of-range pair and not a name to search for.
const DOT_PAIR = /^\s*(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*$/;
// Indonesian decimal commas ("-6,1754 106,8272"): the comma is taken, so the pair is split by
// a semicolon or a space, and both numbers need their decimals ("6,106" stays a dot-less pair).
const COMMA_PAIR = /^\s*(-?\d+,\d+)\s*(?:;\s*|\s+)(-?\d+,\d+)\s*$/;

function readPair(text: string): Read | null {
  const dot = DOT_PAIR.exec(text);
  if (dot) return pair(Number(dot[1]), Number(dot[2]), "decimal");
  const comma = COMMA_PAIR.exec(text);
  if (comma) return pair(Number(comma[1]!.replace(",", ".")), Number(comma[2]!.replace(",", ".")), "decimal-comma");
  return null;
}

// Degrees, then optional minutes and seconds, each with its mark (° or a letter-less "d";
// ' ′ for minutes; " ″ or '' for seconds), decimals with a dot or a comma, and a hemisphere
// before or after: N S E W, or Indonesian LU LS BT BB (lintang utara/selatan, bujur timur/barat).
const NUM = String.raw`\d+(?:[.,]\d+)?`;
const HEMI = String.raw`LU|LS|BT|BB|[NSEWUT]`;
const BODY = String.raw`(-)?(${NUM})\s*(?:°|º|˚|d)\s*(?:(${NUM})\s*(?:'|′|’|m)\s*)?(?:(${NUM})\s*(?:"|″|”|''|s)\s*)?`;
// A hemisphere before the angle, or after it: one letter between two angles is the first's
// ("6°S 106°E"), unless the first already had one ("S 6° E 106°").
const ANGLES = [
  new RegExp(String.raw`(${HEMI})\s*${BODY}()`, "iy"),
  new RegExp(String.raw`()${BODY}(?:(${HEMI})\b)?`, "iy"),
];

interface Angle {
  value: number;
  axis: "lat" | "lon" | null;
}

function angle(m: RegExpExecArray): Angle | "bad" {
  const num = (s: string | undefined) => (s === undefined ? 0 : Number(s.replace(",", ".")));
  const [deg, min, sec] = [num(m[3]), num(m[4]), num(m[5])];
  if (min >= 60 || sec >= 60 || (m[5] !== undefined && !Number.isInteger(min))) return "bad";
  const hemi = (m[1] || m[6])?.toUpperCase();
  const negative = m[2] === "-" || hemi === "S" || hemi === "LS" || hemi === "W" || hemi === "BB";
  if (m[2] === "-" && hemi) return "bad";
  const axis = !hemi ? null : ["N", "S", "U", "LU", "LS"].includes(hemi) ? "lat" : "lon";
  return { value: (negative ? -1 : 1) * (deg + min / 60 + sec / 3600), axis };
}

function readDms(text: string): Read | null {
  if (!/[°º˚]/.test(text)) return null;
  const angles: Angle[] = [];
  const rest = text.trim();
  let at = 0;
  while (at < rest.length) {
    const sep = /[\s,;]*/y;
    sep.lastIndex = at;
    sep.exec(rest);
    at = sep.lastIndex;
    if (at >= rest.length) break;
    const m = ANGLES.map((re) => {
      re.lastIndex = at;
      return re.exec(rest);
    }).find((found) => found && found[0].length > 0);
    if (!m) return { kind: "refused", reason: "placeDms" };
    const a = angle(m);
    if (a === "bad") return { kind: "refused", reason: "placeDms" };
    angles.push(a);
    at += m[0].length;
  }
  if (angles.length !== 2) return { kind: "refused", reason: "placeDms" };
  const [a, b] = angles as [Angle, Angle];
  if (a.axis && a.axis === b.axis) return { kind: "refused", reason: "placeDms" };
  // A hemisphere says which is which; without one, latitude comes first as in "lat, lon".
  const [lat, lon] = a.axis === "lon" || b.axis === "lat" ? [b, a] : [a, b];
  const read = pair(lat.value, lon.value, "dms");
  return read.kind === "out_of_range" ? { kind: "refused", reason: "placeDms" } : read;
}

// Google Maps in all the forms it is pasted in: the place's own marker (!3d lat !4d lon in the
// data parameter) first, then a query (?q=, ?query=, ?ll=, loc:), then a coordinate in the
// path (/place/lat,lon, /search/lat,+lon), and last the view's centre (/@lat,lon,17z).
const SHORT_HOSTS = /(^|\.)(goo\.gl|g\.co|maps\.app\.goo\.gl)$/;
const GOOGLE_HOST = /(^|\.)google\.[a-z.]+$/;

function readGoogleLink(url: URL, label: string | undefined): Read {
  const host = url.hostname.toLowerCase();
  if (SHORT_HOSTS.test(host)) return { kind: "refused", reason: "placeShortLink" };
  if (!GOOGLE_HOST.test(host) || !(host.startsWith("maps.") || url.pathname.startsWith("/maps")))
    return { kind: "refused", reason: "placeUnknownLink" };
  // WhatsApp shares a location as maps.google.com/maps?q=lat%2Clon&z=17&hl=id, often below the
  // place's name; Google Maps' own share buttons give other forms.
  const method: Method =
    host === "maps.google.com" && url.pathname === "/maps" && url.searchParams.has("q") ? "whatsapp" : "google-maps";
  const point = (r: Read | null): Read | null => {
    if (!r) return null;
    if (r.kind !== "point") return { kind: "refused", reason: "placeLinkWithoutPoint" };
    return { ...r, method, ...(label && method === "whatsapp" ? { label } : {}) };
  };
  const href = decodeURIComponent(url.href);
  const data = /!3d(-?\d+(?:\.\d+)?)!4d(-?\d+(?:\.\d+)?)/.exec(href);
  if (data) return point(pair(Number(data[1]), Number(data[2]), method))!;
  for (const key of ["q", "query", "ll", "center", "destination", "daddr"]) {
    const value = url.searchParams.get(key)?.replace(/^loc:/, "");
    const read = value && readPair(value);
    if (read) return point(read)!;
  }
  for (const segment of url.pathname.split("/").map((s) => decodeURIComponent(s).replace(/\+/g, " "))) {
    const read = readPair(segment) ?? readDms(segment);
    if (read && read.kind === "point") return point(read)!;
  }
  const view = /\/@(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)(?:,|$)/.exec(url.pathname);
  if (view) return point(pair(Number(view[1]), Number(view[2]), method))!;
  return { kind: "refused", reason: "placeLinkWithoutPoint" };
}

const LINK = /\b(https?:\/\/\S+|(?:[\w-]+\.)*(?:google\.[a-z.]+|goo\.gl)\/\S*)/i;

function readLink(text: string): Read | null {
  const m = LINK.exec(text);
  if (!m) return null;
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(m[1]!) ? m[1]! : `https://${m[1]}`);
  } catch {
    return { kind: "refused", reason: "placeUnknownLink" };
  }
  const label = text.slice(0, m.index).trim().replace(/\s+/g, " ") || undefined;
  return readGoogleLink(url, label);
}

// Plus Codes: a full code ("6P58RRGF+XX") is a place anywhere; a short one ("RRGF+XX") needs a
// nearby place to recover the digits left off. Google writes it with its locality ("RRGF+XX
// Gambir, Jakarta Pusat"): one of Jakarta's kota or kecamatan recovers it against that area,
// "Jakarta" or no locality against Jakarta's centre (the console is Jakarta's); any other
// locality cannot be told apart from the same code near that place, so it is refused.
const olc = new OpenLocationCode();
const PLUS = /^\s*([A-Z0-9]{2,8}\+[A-Z0-9]{0,4})(?:[\s,]+(.*))?$/i;
const JAKARTA_CENTRE = { lat: -6.2, lon: 106.845 };
const areaKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/\b(kota|kabupaten|kab\.?|kecamatan|kec\.?|adm\.?|administrasi|city|regency)\b/g, "")
    .replace(/[^a-z]+/g, " ")
    .trim();
const localities = [...KECAMATAN, ...KOTA].map((a) => ({ key: areaKey(a.name), lat: a.lat, lon: a.lon }));

function readPlusCode(text: string): Read | null {
  const m = PLUS.exec(text);
  if (!m) return null;
  const code = m[1]!.toUpperCase();
  if (olc.isFull(code)) {
    const area = olc.decode(code);
    return { kind: "point", lat: round(area.latitudeCenter), lon: round(area.longitudeCenter), method: "plus-code" };
  }
  if (!olc.isShort(code)) return { kind: "refused", reason: "placePlusCode" };
  const parts = (m[2] ?? "").split(",").map(areaKey).filter(Boolean);
  const known = parts.map((p) => localities.find((l) => l.key === p)).find(Boolean);
  const jakarta = parts.length === 0 || parts.some((p) => /\b(jakarta|dki|jkt)\b/.test(p));
  if (!known && !jakarta) return { kind: "refused", reason: "placePlusCodeElsewhere" };
  const ref = known ?? JAKARTA_CENTRE;
  const area = olc.decode(olc.recoverNearest(code, ref.lat, ref.lon));
  return { kind: "point", lat: round(area.latitudeCenter), lon: round(area.longitudeCenter), method: "plus-code" };
}

// A Plus Code's centre to a millimetre-ish seven decimals, so the field shows a clean number.
const round = (v: number) => Math.round(v * 1e7) / 1e7;

export function readPlaceText(text: string): PlaceText {
  if (!text.trim()) return { kind: "empty" };
  return readPair(text) ?? readLink(text) ?? readPlusCode(text) ?? readDms(text) ?? { kind: "name", text: text.trim() };
}

/** The message key (under `intake.errors`) for typed text that is no place, or null. */
export function placeTextProblem(text: string): PlaceRefusal | null {
  const read = readPlaceText(text);
  if (read.kind === "refused") return read.reason;
  if (read.kind !== "out_of_range") return null;
  return read.swapped ? "placeSwapped" : "placeRange";
}

/** How a point is written back into the field: latitude first, as the field reads it. */
export const formatPoint = (p: { lat: number; lon: number }) => `${p.lat}, ${p.lon}`;
