import { z } from "zod";

import { idSchema } from "@/lib/api/id-param";
import { legalBasisCodes } from "@/lib/footage/legal-bases";
import { footageDecisions, footageFollowUps, footageRequestStatuses } from "@/lib/footage/vocabulary";

const note = z.string().trim().min(1).max(1000);
const MAX_WINDOW_MS = 24 * 3_600_000;

/** A request for an on-request camera's footage; the window defaults around the incident's first call. */
export const createFootageRequestSchema = z
  .object({
    incidentId: idSchema,
    cameraId: idSchema,
    legalBasis: z.enum(legalBasisCodes),
    windowStart: z.iso.datetime({ offset: true }).optional().describe("default: 15 minutes before the first call"),
    windowEnd: z.iso.datetime({ offset: true }).optional().describe("default: 30 minutes after the first call"),
    note: note.optional(),
  })
  .refine((v) => (v.windowStart === undefined) === (v.windowEnd === undefined), {
    path: ["windowEnd"],
    message: "give both ends of the window, or neither",
  })
  .refine((v) => !v.windowStart || !v.windowEnd || Date.parse(v.windowEnd) > Date.parse(v.windowStart), {
    path: ["windowEnd"],
    message: "the window must end after it starts",
  })
  .refine(
    (v) => !v.windowStart || !v.windowEnd || Date.parse(v.windowEnd) - Date.parse(v.windowStart) <= MAX_WINDOW_MS,
    {
      path: ["windowEnd"],
      message: "a window is at most 24 hours",
    },
  );
export type CreateFootageRequestInput = z.infer<typeof createFootageRequestSchema>;

export const footageDecisionSchema = z.object({ decision: z.enum(footageDecisions), note: note.optional() });
export type FootageDecisionInput = z.infer<typeof footageDecisionSchema>;

export const footageFollowUpSchema = z.object({ status: z.enum(footageFollowUps), note: note.optional() });
export type FootageFollowUpInput = z.infer<typeof footageFollowUpSchema>;

export const footageListQuerySchema = z.object({
  incidentId: z.coerce.number().int().positive().max(2147483647).optional(),
  status: z.enum(footageRequestStatuses).optional(),
});
