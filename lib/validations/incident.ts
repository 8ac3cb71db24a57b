import { z } from "zod";

import { incidentTypes, priorities } from "@/lib/incidents/vocabulary";

import { latSchema, lonSchema, pointQuerySchema } from "./coordinates";

// One schema for the intake form and POST /api/incidents.
export const createIncidentSchema = z.object({
  type: z.enum(incidentTypes, { error: `type must be one of: ${incidentTypes.join(", ")}` }),
  priority: z.enum(priorities, { error: "priority must be P1, P2, P3 or P4" }),
  lat: latSchema,
  lon: lonSchema,
  address: z.string().trim().max(300).optional(),
  description: z.string().trim().max(4000).optional(),
  callId: z.number().int().positive().optional(),
  /** A camera monitor raising an incident from what a camera shows. */
  cameraId: z.number().int().positive().optional(),
});
export type CreateIncidentInput = z.infer<typeof createIncidentSchema>;

export const incidentsQuerySchema = z.object({
  status: z.enum(["open", "all"]).default("open"),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});

export const duplicatesQuerySchema = pointQuerySchema.extend({ type: z.enum(incidentTypes) });
