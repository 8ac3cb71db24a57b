import { z } from "zod";

import { callViewSchema } from "@/lib/calls/call-view";
import { assignmentViewSchema } from "@/lib/dispatch/assignment-view";
import { eidoSchema } from "@/lib/eido/eido-schema";
import { incidentViewSchema } from "@/lib/incidents/incident-view";
import { recordReaders } from "@/lib/incidents/record-access";
import { loggedEventSchema } from "@/lib/realtime/logged-event-schema";
import { createIncidentSchema, duplicatesQuerySchema, incidentsQuerySchema } from "@/lib/validations/incident";

import { defineRoute } from "../define-route";

const readers = ["operator", "dispatcher", "supervisor", "monitor", "admin"] as const;

export const listIncidentsRoute = defineRoute({
  method: "GET",
  path: "/api/incidents",
  roles: readers,
  summary: "Incidents, most urgent and oldest first",
  query: incidentsQuerySchema,
  response: z.array(incidentViewSchema),
});

export const createIncidentRoute = defineRoute({
  method: "POST",
  path: "/api/incidents",
  roles: ["operator", "dispatcher", "supervisor", "monitor"],
  status: 201,
  idempotent: true,
  summary:
    "A new incident: its place resolved to kelurahan, kecamatan and kota (422 outside Jakarta), numbered 112-YYYYMMDD-NNNN",
  body: createIncidentSchema,
  response: incidentViewSchema,
});

export const getIncidentRoute = defineRoute({
  method: "GET",
  path: "/api/incidents/{id}",
  roles: readers,
  summary: "One incident with its calls, assignments and timeline",
  response: incidentViewSchema.extend({
    calls: z.array(callViewSchema),
    assignments: z.array(assignmentViewSchema),
    timeline: z.array(loggedEventSchema),
  }),
});

export const duplicateIncidentsRoute = defineRoute({
  method: "GET",
  path: "/api/incidents/duplicates",
  roles: ["operator", "dispatcher", "supervisor", "monitor"],
  summary: "Open incidents of the same type within 300 m made in the last 30 minutes",
  query: duplicatesQuerySchema,
  response: z.array(incidentViewSchema.extend({ distanceM: z.number() })),
});

export const incidentEidoRoute = defineRoute({
  method: "GET",
  path: "/api/incidents/{id}/eido",
  roles: recordReaders,
  bare: true,
  summary:
    "The incident as a NENA EIDO JSON document (NENA-STA-021.1b): incident, location, calls, agencies, agents, each polsek unit as an emergency resource with its dispatch, and notes. The document itself, not { data }; callers' numbers only for a supervisor; a training drill is never exported (409)",
  response: eidoSchema,
  alsoAnswers: [404, 409],
});
