import { z } from "zod";

// WGS 84 degrees. JSON bodies carry numbers; query strings carry text that must read as one.
const degrees = (name: "lat" | "lon", limit: number) =>
  z
    .number({ error: `${name} is required, in degrees` })
    .min(-limit, `${name} must be between -${limit} and ${limit}`)
    .max(limit, `${name} must be between -${limit} and ${limit}`);

export const latSchema = degrees("lat", 90);
export const lonSchema = degrees("lon", 180);

const fromQuery = (name: "lat" | "lon", schema: z.ZodNumber) =>
  z
    .string({ error: `${name} is required, in degrees` })
    .trim()
    .min(1, `${name} is required, in degrees`)
    .transform(Number)
    .pipe(z.number().refine(Number.isFinite, `${name} must be a number`))
    .pipe(schema);

export const pointQuerySchema = z.object({ lat: fromQuery("lat", latSchema), lon: fromQuery("lon", lonSchema) });

export const camerasNearQuerySchema = pointQuerySchema.extend({
  k: z.coerce.number().int().min(1).max(100).default(8),
  radius: z.coerce.number().min(1).max(5000).default(500),
});
