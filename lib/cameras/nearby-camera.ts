import { z } from "zod";

import { accessModes, cameraHealth, ownerTypes } from "./vocabulary";

/** A camera ranked for a place (see rank-cameras): never its stream address. */
export const nearbyCameraSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  distanceM: z.number(),
  sees: z.boolean().describe("the place lies in its view cone"),
  accessMode: z.enum(accessModes),
  ownerType: z.enum(ownerTypes),
  status: z.enum(cameraHealth),
  bearingDeg: z.number().nullable(),
  fovDeg: z.number(),
  rangeM: z.number(),
});
export type NearbyCamera = z.infer<typeof nearbyCameraSchema>;
