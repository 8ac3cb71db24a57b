import { z } from "zod";

/** Heartbeats of many cameras, named by the console's ids or the registry's external ids. */
export const heartbeatsBody = z
  .object({
    ids: z.array(z.number().int().positive()).max(10_000).optional(),
    externalIds: z.array(z.string().min(1).max(200)).max(10_000).optional(),
  })
  .strict()
  .refine((b) => (b.ids?.length ?? 0) + (b.externalIds?.length ?? 0) > 0, {
    message: "Name at least one camera in ids or externalIds.",
    path: ["ids"],
  });
