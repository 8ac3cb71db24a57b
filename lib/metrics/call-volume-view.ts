import { z } from "zod";

import { callClassifications } from "@/lib/calls/vocabulary";

/** A call without a classification that was cut off counts as abandoned; any other as unclassified. */
export const volumeClasses = [...callClassifications, "unclassified"] as const;
export type VolumeClass = (typeof volumeClasses)[number];

export const callVolumeSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Calls per day (Jakarta's calendar, YYYY-MM-DD) and class; days without calls are absent. */
  perDay: z.array(z.object({ day: z.string(), counts: z.partialRecord(z.enum(volumeClasses), z.number().int()) })),
  /** The numbers with the most calls classified as pranks, most first (ten at most). */
  prankCallers: z.array(z.object({ callerNumber: z.string(), pranks: z.number().int(), lastAt: z.string() })),
  /** Abandoned calls (cut off, unanswered, or classified so), how many were called back, and how soon. */
  callbacks: z.object({
    abandoned: z.number().int(),
    calledBack: z.number().int(),
    rate: z.number().nullable(),
    medianSeconds: z.number().nullable(),
  }),
});
export type CallVolume = z.infer<typeof callVolumeSchema>;
