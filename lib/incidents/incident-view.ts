import { z } from "zod";

import { incidentDispositions } from "@/lib/dispatch/vocabulary";
import { areaRefSchema } from "@/lib/geo/area-ref";

import { incidentSources, incidentStatuses, incidentTypes, priorities } from "./vocabulary";

/** An incident as consoles see it: in responses and in event payloads. */
export const incidentViewSchema = z.object({
  id: z.number().int(),
  number: z.string().describe("112-YYYYMMDD-NNNN, numbered per day in Jakarta's time"),
  type: z.enum(incidentTypes),
  priority: z.enum(priorities),
  status: z.enum(incidentStatuses),
  disposition: z.enum(incidentDispositions).nullable().describe("how it was closed; null while open"),
  source: z.enum(incidentSources),
  sourceCameraId: z.number().int().nullable(),
  lat: z.number(),
  lon: z.number(),
  address: z.string().nullable(),
  description: z.string().nullable(),
  kelurahan: areaRefSchema.nullable(),
  kecamatan: areaRefSchema.nullable(),
  kota: areaRefSchema.nullable(),
  createdBy: z.string().nullable(),
  /** A training session's incident (isTraining): shown marked, and only to its trainee. */
  training: z.boolean(),
  createdAt: z.string().describe("ISO 8601, UTC"),
});
export type IncidentView = z.infer<typeof incidentViewSchema>;
