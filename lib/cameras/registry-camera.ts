import { z } from "zod";

import { accessModes, cameraHealth, installationStates, ownerTypes } from "./vocabulary";

/** One row of the registry screen: everything but the stream and snapshot addresses. */
export const registryCameraSchema = z.object({
  id: z.number().int(),
  externalId: z.string(),
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  ownerType: z.enum(ownerTypes),
  ownerName: z.string().nullable(),
  provider: z.string().nullable(),
  accessMode: z.enum(accessModes),
  status: z.enum(cameraHealth),
  lastSeenAt: z.string().nullable(),
  installation: z.enum(installationStates),
  kota: z.string().nullable(),
  kecamatan: z.string().nullable(),
  jscIntegrated: z.boolean(),
  policeConnected: z.boolean(),
  ringOne: z.boolean(),
  ptz: z.boolean(),
  nightVision: z.boolean(),
  faceDetection: z.boolean(),
  plateReading: z.boolean(),
  bearingDeg: z.number().nullable(),
  fovDeg: z.number(),
  rangeM: z.number(),
  generated: z.boolean(),
  source: z.string(),
});
export type RegistryCamera = z.infer<typeof registryCameraSchema>;

/** The counts the city reports per kota. */
export const kotaCountsSchema = z.object({
  code: z.string().nullable().describe("null: cameras outside every kelurahan boundary"),
  name: z.string().nullable(),
  registered: z.number().int(),
  live: z.number().int(),
  integrated: z.number().int().describe("integrated with Jakarta Smart City"),
  connected: z.number().int().describe("connected to the police"),
  onlineNow: z.number().int(),
});
export type KotaCounts = z.infer<typeof kotaCountsSchema>;

/** A provider's installation progress against the target an admin set (null: none set). */
export const providerProgressSchema = z.object({
  provider: z.string(),
  target: z.number().int().nullable(),
  registered: z.number().int(),
  installed: z.number().int(),
  integrated: z.number().int(),
  ringOne: z.number().int(),
  ringOneConnected: z.number().int(),
});
export type ProviderProgress = z.infer<typeof providerProgressSchema>;

export const REGISTRY_PAGE_SIZE = 100;
