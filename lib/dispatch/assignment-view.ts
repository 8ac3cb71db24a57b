import { z } from "zod";

import { assignmentOutcomes, assignmentStatuses } from "./vocabulary";

const time = z.string().describe("ISO 8601, UTC");

/** One station's assignment to an incident, with the time of each step. */
export const assignmentViewSchema = z.object({
  id: z.number().int(),
  incidentId: z.number().int(),
  stationId: z.number().int(),
  stationCode: z.string(),
  stationName: z.string(),
  status: z.enum(assignmentStatuses),
  dispatcherId: z.string().nullable(),
  dispatchedAt: time,
  acknowledgedAt: time.nullable(),
  enRouteAt: time.nullable(),
  onSceneAt: time.nullable(),
  clearedAt: time.nullable(),
  cancelledAt: time.nullable(),
  unit: z.string().nullable().describe("the patrol unit the station sent"),
  outcome: z.enum(assignmentOutcomes).nullable(),
  fieldReport: z.string().nullable(),
  note: z.string().nullable(),
  ackDueAt: time.nullable().describe("the dispatcher is alerted if it is not acknowledged by then"),
  escalatedAt: time.nullable().describe("when that alert was raised (null again after the dispatcher chose to wait)"),
  escalationHandledAt: time.nullable().describe("when the dispatcher answered the alert by sending another station"),
});
export type AssignmentView = z.infer<typeof assignmentViewSchema>;
