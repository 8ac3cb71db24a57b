import { z } from "zod";

import { latSchema, lonSchema } from "./coordinates";

/** What the caller's phone posts through a location link: its fix and how sure it is, in metres. */
export const sharedLocationSchema = z
  .object({
    lat: latSchema,
    lon: lonSchema,
    accuracy: z.number().min(0).max(100_000).optional().describe("the phone's accuracy radius, metres"),
  })
  .strict();
export type SharedLocationInput = z.infer<typeof sharedLocationSchema>;

/** A location link's token as it appears in its URL. */
export const locationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32}$/, "not a location link");
