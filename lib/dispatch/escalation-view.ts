import { z } from "zod";

import { incidentViewSchema } from "@/lib/incidents/incident-view";

import { assignmentViewSchema } from "./assignment-view";
import { recommendedStationSchema } from "./recommendation-view";
import { escalationActions } from "./vocabulary";

/** An open alert: a job not acknowledged in time, as `assignment.escalated` carries it. */
export const openEscalationSchema = z.object({
  assignment: assignmentViewSchema,
  incident: incidentViewSchema,
  next: recommendedStationSchema.nullable().describe("the next staffed station not already on the incident"),
});
export type OpenEscalation = z.infer<typeof openEscalationSchema>;

/** The dispatcher's answer to an alert, as `assignment.escalation_handled` carries it. */
export const escalationHandledSchema = z.object({
  assignment: assignmentViewSchema,
  incident: incidentViewSchema,
  action: z.enum(escalationActions),
  redispatched: assignmentViewSchema.nullable().describe("with redispatch: the new station's assignment"),
  handledBy: z.object({ id: z.string(), name: z.string() }),
});
export type EscalationHandled = z.infer<typeof escalationHandledSchema>;
