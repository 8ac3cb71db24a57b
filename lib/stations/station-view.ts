import { z } from "zod";

import { agencies, stationKinds } from "./vocabulary";

/** A station as consoles see it. */
export const stationViewSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  agency: z.enum(agencies),
  kind: z.enum(stationKinds),
  lat: z.number(),
  lon: z.number(),
  locationApproximate: z.boolean(),
  jurisdictionCodes: z.array(z.string()),
  phone: z.string().nullable(),
  staffed: z.boolean(),
});
export type StationView = z.infer<typeof stationViewSchema>;
