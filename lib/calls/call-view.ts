import { z } from "zod";

import { callClassifications, callStatuses } from "./vocabulary";

const time = z.string().describe("ISO 8601, UTC");

/** A call as consoles see it: in responses and in event payloads. */
export const callViewSchema = z.object({
  id: z.number().int(),
  callSid: z.string().nullable(),
  callerNumber: z.string(),
  status: z.enum(callStatuses),
  training: z.boolean(),
  manual: z.boolean(),
  ringingAt: time,
  answeredAt: time.nullable(),
  endedAt: time.nullable(),
  classification: z.enum(callClassifications).nullable(),
  callTakerId: z.string().nullable(),
  incidentId: z.number().int().nullable(),
  calledBackAt: time.nullable(),
});
export type CallView = z.infer<typeof callViewSchema>;
