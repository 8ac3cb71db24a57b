import { z } from "zod";

import { responseGroupings } from "@/lib/metrics/vocabulary";

export const rangeDays = [1, 7, 30, 90, 365] as const;

/** The supervisor's filters, from the page's address: a bad value falls back to the default. */
export const supervisorViewSchema = z.object({
  days: z.coerce
    .number()
    .refine((d) => (rangeDays as readonly number[]).includes(d))
    .catch(30),
  groupBy: z.enum(responseGroupings).catch("kota"),
});
export type SupervisorView = z.infer<typeof supervisorViewSchema>;
