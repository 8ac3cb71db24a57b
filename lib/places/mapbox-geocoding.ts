import { z } from "zod";

import { haversineM } from "@/lib/geo/geodesy";

import type { PlaceMatch } from "./place-match";

// DKI Jakarta's box, the Thousand Islands included (from the built-in boundaries, rounded
// outwards): Mapbox answers only inside it. minLon,minLat,maxLon,maxLat.
export const JAKARTA_BBOX = [106.38, -6.38, 106.98, -5.18] as const;

// Only what the console reads of a Mapbox Geocoding v6 forward answer (a GeoJSON
// FeatureCollection); the rest of each feature is left as it comes.
const featureSchema = z.object({
  geometry: z.object({ coordinates: z.tuple([z.number(), z.number()]) }),
  properties: z.object({
    feature_type: z.string(),
    name: z.string(),
    full_address: z.string().optional(),
    place_formatted: z.string().optional(),
    coordinates: z.object({ longitude: z.number(), latitude: z.number() }).optional(),
    match_code: z.object({ confidence: z.string().optional() }).optional(),
  }),
});
const answerSchema = z.object({ features: z.array(z.unknown()) });

const confidence: Record<string, number> = { exact: 1, high: 0.9, medium: 0.7, low: 0.5 };

export interface MapboxGeocodingOptions {
  token: string;
  /** https://api.mapbox.com, or a local stand-in in tests. */
  baseUrl: string;
  near: { lat: number; lon: number } | null;
  limit: number;
  /** Short: the call-taker is typing, and the gazetteer's answer must not wait long for Mapbox. */
  timeoutMs?: number;
}

/**
 * Street addresses in Jakarta for the text, from Mapbox's Geocoding v6 (forward), Indonesian
 * first, inside Jakarta's box, nearer the view first. Asked by the server only, so the token never
 * reaches a browser. A slow or failing Mapbox answers no addresses (never an error): the
 * gazetteer's places are what matters in a call.
 */
export async function geocodeAddresses(
  text: string,
  o: MapboxGeocodingOptions,
): Promise<Omit<PlaceMatch, "kelurahan">[]> {
  const url = new URL("/search/geocode/v6/forward", o.baseUrl);
  url.search = new URLSearchParams({
    q: text,
    access_token: o.token,
    bbox: JAKARTA_BBOX.join(","),
    country: "id",
    language: "id",
    types: "address,street",
    limit: String(o.limit),
    ...(o.near ? { proximity: `${o.near.lon},${o.near.lat}` } : {}),
  }).toString();
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(o.timeoutMs ?? 1500) });
    if (!res.ok) return [];
    const answer = answerSchema.safeParse(await res.json());
    if (!answer.success) return [];
    return answer.data.features.flatMap((raw) => {
      const f = featureSchema.safeParse(raw);
      if (!f.success) return [];
      const p = f.data.properties;
      const lon = p.coordinates?.longitude ?? f.data.geometry.coordinates[0];
      const lat = p.coordinates?.latitude ?? f.data.geometry.coordinates[1];
      return [
        {
          name: p.full_address ?? [p.name, p.place_formatted].filter(Boolean).join(", "),
          kind: "address" as const,
          detail: p.feature_type,
          lat,
          lon,
          distanceM: o.near ? haversineM(o.near, { lat, lon }) : null,
          match: confidence[p.match_code?.confidence ?? ""] ?? 0.5,
        },
      ];
    });
  } catch {
    return [];
  }
}
