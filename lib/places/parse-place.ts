import { z } from "zod";

import type { Executor } from "@/db";
import { ApiError } from "@/lib/api/api-error";
import { locatePlace } from "@/lib/geo/locate-place";
import { pointLocationSchema } from "@/lib/geo/point-location";
import { placeReadMethods, type PlaceRefusal, readPlaceText } from "@/lib/geo/read-place-text";
import en from "@/lib/i18n/messages/en.json";

import { searchPlaces } from "./search-places";

/** A text read as a place: the point, how it was read, and where it lies. */
export const parsedPlaceSchema = z.object({
  lat: z.number(),
  lon: z.number(),
  method: z.enum(placeReadMethods),
  /** The gazetteer place's name, or the name a WhatsApp location came with. */
  label: z.string().nullable(),
  areas: pointLocationSchema,
});
export type ParsedPlace = z.infer<typeof parsedPlaceSchema>;

export const parsePlaceQuerySchema = z.object({
  text: z.string({ error: "text is required" }).trim().min(1, "text is required").max(2000),
});

/** 422 with the reason's message key in `fields.text`, for a system to show in its own words. */
const notAPlace = (reason: PlaceRefusal) =>
  new ApiError(422, "not_a_place", en.intake.errors[reason], { text: [reason] });

/** Whatever form a place arrived in (as the place field reads it), to its point and areas. */
export async function parsePlace(db: Executor, text: string): Promise<ParsedPlace> {
  const read = readPlaceText(text);
  let found: Omit<ParsedPlace, "areas">;
  switch (read.kind) {
    case "point":
      found = { lat: read.lat, lon: read.lon, method: read.method, label: read.label ?? null };
      break;
    case "out_of_range":
      throw notAPlace(read.swapped ? "placeSwapped" : "placeRange");
    case "refused":
      throw notAPlace(read.reason);
    case "empty":
    case "name": {
      const name = read.kind === "name" ? read.text : "";
      const [best] = name.length >= 2 ? await searchPlaces(db, name, null, 1) : [];
      if (!best) throw notAPlace("placeNotFound");
      found = {
        lat: best.lat,
        lon: best.lon,
        method: best.kind === "address" ? "mapbox" : "gazetteer",
        label: best.name,
      };
    }
  }
  return { ...found, areas: await locatePlace(db, found.lat, found.lon) };
}
