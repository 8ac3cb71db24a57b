import { z } from "zod";

export const latSchema = z.coerce.number().min(-90, "lat must be between -90 and 90").max(90, "lat must be between -90 and 90");
export const lonSchema = z.coerce.number().min(-180, "lon must be between -180 and 180").max(180, "lon must be between -180 and 180");

export const pointQuerySchema = z.object({ lat: latSchema, lon: lonSchema });

export const camerasNearQuerySchema = pointQuerySchema.extend({
  k: z.coerce.number().int().min(1).max(100).default(8),
  radius: z.coerce.number().min(1).max(5000).default(500),
});
