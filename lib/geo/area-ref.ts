import { z } from "zod";

/** An administrative area as other records name it: its BPS code and name. */
export const areaRefSchema = z.object({ code: z.string(), name: z.string() });
export type AreaRef = z.infer<typeof areaRefSchema>;
