import { z } from "zod";

import { assignmentViewSchema } from "@/lib/dispatch/assignment-view";
import { escalationHandledSchema, openEscalationSchema } from "@/lib/dispatch/escalation-view";
import { recommendedStationSchema } from "@/lib/dispatch/recommendation-view";
import { incidentViewSchema } from "@/lib/incidents/incident-view";
import {
  assignmentStatusSchema,
  closeIncidentSchema,
  dispatchStationSchema,
  escalationSchema,
  incidentNoteSchema,
  moveAssignmentSchema,
  moveIncidentSchema,
} from "@/lib/validations/dispatch";

import { defineRoute } from "../define-route";

const dispatchers = ["dispatcher", "supervisor"] as const;

export const dispatchStationRoute = defineRoute({
  method: "POST",
  path: "/api/incidents/{id}/dispatch",
  // A call-taker in training hands their own training incidents on (lib/dispatch/dispatch-station.ts).
  roles: ["operator", ...dispatchers],
  status: 201,
  summary:
    "Send a station to the incident (409 if it already holds an active assignment for it); a training incident is its trainee's alone, and its station never hears of it",
  body: dispatchStationSchema,
  response: assignmentViewSchema,
  alsoAnswers: [404, 409],
});

export const assignmentStatusRoute = defineRoute({
  method: "POST",
  path: "/api/assignments/{id}/status",
  roles: ["polsek", ...dispatchers],
  summary:
    "An assignment's next step: acknowledged (naming the unit), en_route, on_scene, cleared (with outcome and report) or cancelled; the station's own officers or a dispatcher; 409 with the current status on an impossible step",
  body: assignmentStatusSchema,
  response: assignmentViewSchema,
  alsoAnswers: [404, 409],
});

export const moveAssignmentRoute = defineRoute({
  method: "POST",
  path: "/api/assignments/{id}/move",
  roles: dispatchers,
  status: 201,
  summary:
    "Call the station off with a reason and send another in its place, in one step; answers the new assignment (409 if the assignment is no longer active or the other station already holds one)",
  body: moveAssignmentSchema,
  response: assignmentViewSchema,
  alsoAnswers: [404, 409],
});

export const incidentNoteRoute = defineRoute({
  method: "POST",
  path: "/api/incidents/{id}/notes",
  roles: ["operator", ...dispatchers],
  status: 201,
  summary: "A note on the incident, kept in its timeline",
  body: incidentNoteSchema,
  response: z.object({ incidentId: z.number().int(), text: z.string(), seq: z.number().int(), at: z.string() }),
  alsoAnswers: [404],
});

export const moveIncidentRoute = defineRoute({
  method: "POST",
  path: "/api/incidents/{id}/place",
  roles: ["operator", ...dispatchers],
  summary: "Move the incident's place with a reason: areas resolved again, stations and cameras ranked again",
  body: moveIncidentSchema,
  response: incidentViewSchema,
  alsoAnswers: [404, 409, 422],
});

export const closeIncidentRoute = defineRoute({
  method: "POST",
  path: "/api/incidents/{id}/close",
  roles: dispatchers,
  summary: "Close the incident with its disposition once every assignment is cleared or cancelled (409 otherwise)",
  body: closeIncidentSchema,
  response: incidentViewSchema,
  alsoAnswers: [404, 409],
});

export const recommendationRoute = defineRoute({
  method: "GET",
  path: "/api/incidents/{id}/recommendation",
  roles: ["operator", "dispatcher", "supervisor", "monitor", "admin"],
  summary:
    "Staffed polsek ranked by travel estimate (OSRM with ROUTING_URL, else straight line x detour / the hour's speed), marking the jurisdiction's own",
  response: z.array(recommendedStationSchema),
  alsoAnswers: [404],
});

export const escalationRoute = defineRoute({
  method: "POST",
  path: "/api/assignments/{id}/escalation",
  roles: dispatchers,
  summary:
    "Answer the alert on a job not acknowledged in time: redispatch (send stationId as well, in one transaction) or wait (another period, then a new alert); 409 if it was answered already or the job was acknowledged or cancelled",
  body: escalationSchema,
  response: escalationHandledSchema,
  alsoAnswers: [404, 409],
});

export const openEscalationsRoute = defineRoute({
  method: "GET",
  path: "/api/escalations",
  roles: [...dispatchers, "monitor", "admin"],
  summary: "Open alerts: jobs not acknowledged in time and not yet answered, each with the station offered",
  response: z.array(openEscalationSchema),
});
