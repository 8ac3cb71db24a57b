import { z } from "zod";

import { areaRefSchema } from "@/lib/geo/area-ref";

import { placeMatchKinds } from "./vocabulary";

/** A gazetteer place found by name: where it is and which kelurahan holds it. */
export const placeMatchSchema = z.object({
  name: z.string(),
  kind: z.enum(placeMatchKinds),
  /** The landmark's category detail or the station's kind, when there is one. */
  detail: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  kelurahan: areaRefSchema.nullable(),
  /** From the view's point, when the search gave one. */
  distanceM: z.number().nullable(),
  /** How well the name matched, 0 to 1 (pg_trgm word similarity). */
  match: z.number(),
});
export type PlaceMatch = z.infer<typeof placeMatchSchema>;

export const placeSearchQuerySchema = z
  .object({
    q: z.string({ error: "q is required" }).trim().min(2, "q needs at least 2 letters").max(80),
    lat: z.coerce.number().min(-90).max(90).optional(),
    lon: z.coerce.number().min(-180).max(180).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .refine((v) => (v.lat === undefined) === (v.lon === undefined), {
    message: "lat and lon go together",
    path: ["lat"],
  });
