import { z } from "zod";

import { areaLevels } from "./vocabulary";

/** An area found by name, with a point inside it to stand for the place. */
export const areaMatchSchema = z.object({
  code: z.string(),
  level: z.enum(areaLevels),
  name: z.string(),
  parentName: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
});
export type AreaMatch = z.infer<typeof areaMatchSchema>;
