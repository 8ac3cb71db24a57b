import { z } from "zod";

const DAY_MS = 86_400_000;

// An action is an event type (`auth.signed_in`) or a family of them (`auth.`, `call.`).
const actionPattern = /^[a-z_]+\.([a-z_]+)?$/;

/** The audit trail's filters: whose actions, which, over which time, and the page before a seq. */
export const auditQuerySchema = z
  .object({
    user: z.string().trim().min(1).max(64).optional(),
    action: z.string().trim().max(64).regex(actionPattern, "an event type or a family such as auth.").optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    /** Keyset paging: only events older than this sequence number (the last row of the page before). */
    before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) > Date.parse(q.from), {
    message: "to must be after from",
    path: ["to"],
  });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The incidents export's range: at most two years, the longest a review asks for at once. */
export const incidentExportQuerySchema = z
  .object({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) })
  .refine((q) => Date.parse(q.to) > Date.parse(q.from) && Date.parse(q.to) - Date.parse(q.from) <= 2 * 366 * DAY_MS, {
    message: "to must be after from, and at most two years after it",
    path: ["to"],
  });
export type IncidentExportQuery = z.infer<typeof incidentExportQuerySchema>;
