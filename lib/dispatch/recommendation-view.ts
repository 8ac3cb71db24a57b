import { z } from "zod";

/** A station offered for an incident, with how far it is and how long it would take. */
export const recommendedStationSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  distanceM: z.number().describe("along the road with OSRM, else the straight line"),
  etaS: z.number().describe("travel estimate in seconds"),
  inJurisdiction: z.boolean().describe("its jurisdiction holds the incident's place"),
  staffed: z.boolean(),
  locationApproximate: z.boolean(),
});
export type RecommendedStation = z.infer<typeof recommendedStationSchema>;
