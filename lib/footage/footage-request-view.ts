import { z } from "zod";

import { legalBasisCodes } from "./legal-bases";
import { footageRequestStatuses } from "./vocabulary";

const time = z.string().describe("ISO 8601, UTC");

/** A footage request as the screens and the letter show it. */
export const footageRequestViewSchema = z.object({
  id: z.number().int(),
  incidentId: z.number().int(),
  incidentNumber: z.string(),
  cameraId: z.number().int(),
  cameraName: z.string(),
  cameraExternalId: z.string(),
  cameraAddress: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerContact: z.string().nullable(),
  retentionDays: z.number().int().nullable(),
  windowStart: time,
  windowEnd: time,
  legalBasis: z.enum(legalBasisCodes),
  requestingUnit: z.string().describe("the police unit that asks, as the letter names it"),
  requesterName: z.string(),
  approverName: z.string().nullable(),
  letterNumber: z.string().nullable().describe("given on approval"),
  status: z.enum(footageRequestStatuses),
  note: z.string().nullable(),
  overwriteOn: z
    .string()
    .nullable()
    .describe("YYYY-MM-DD (Jakarta): the owner's recorder overwrites the window's start"),
  overwriteSoon: z.boolean().describe("still open and overwritten within two days: screens make it stand out"),
  createdAt: time,
  decidedAt: time.nullable(),
  updatedAt: time,
});
export type FootageRequestView = z.infer<typeof footageRequestViewSchema>;
