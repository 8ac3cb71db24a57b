import { z } from "zod";

import { accessModes, cameraHealth, ownerTypes } from "./vocabulary";

/** One camera as a map popup or a panel shows it: who owns it and how its footage comes; never its stream address. */
export const cameraSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  address: z.string().nullable(),
  ownerType: z.enum(ownerTypes),
  ownerName: z.string().nullable(),
  provider: z.string().nullable(),
  accessMode: z.enum(accessModes),
  status: z.enum(cameraHealth),
  lastSeenAt: z.string().nullable().describe("ISO 8601, UTC"),
  retentionDays: z.number().int().nullable().describe("days the owner's recorder keeps footage"),
  generated: z.boolean().describe("from the generated private registry, not a real camera"),
  source: z.string(),
});
export type CameraSummary = z.infer<typeof cameraSummarySchema>;
