// The life of one station's assignment to an incident.
export const assignmentStatuses = [
  "dispatched",
  "acknowledged",
  "en_route",
  "on_scene",
  "cleared",
  "cancelled",
] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];

/** A station holding one of these is still working the incident: it cannot be sent to it twice. */
export const activeAssignmentStatuses = [
  "dispatched",
  "acknowledged",
  "en_route",
  "on_scene",
] as const satisfies readonly AssignmentStatus[];

/** What the polsek found and did, the first line of its field report. */
export const assignmentOutcomes = [
  "handled",
  "suspect_secured",
  "victim_assisted",
  "handed_over",
  "not_found",
  "false_report",
] as const;
export type AssignmentOutcome = (typeof assignmentOutcomes)[number];

/** How the dispatcher closes an incident once every assignment is cleared or cancelled. */
export const incidentDispositions = ["resolved", "referred", "false_alarm", "duplicate", "no_action_needed"] as const;
export type IncidentDisposition = (typeof incidentDispositions)[number];

/** How the dispatcher answers a job not acknowledged in time. */
export const escalationActions = ["redispatch", "wait"] as const;
export type EscalationAction = (typeof escalationActions)[number];
