import { z } from "zod";

/** A logged event as the API describes it; its payload's shape follows its type (lib/realtime/events). */
export const loggedEventSchema = z.object({
  seq: z.number().int(),
  type: z.string(),
  payload: z.record(z.string(), z.unknown()),
  incidentId: z.number().int().nullable(),
  stationId: z.number().int().nullable(),
  actorId: z.string().nullable(),
  at: z.string().describe("ISO 8601, UTC"),
  traineeId: z.string().nullable().optional().describe("a training session's event: whose (see /api/training)"),
});
