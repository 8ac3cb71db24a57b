import { z } from "zod";

import { accessModes, cameraHealth, ownerTypes } from "@/lib/cameras/vocabulary";

export const cameraCapabilities = ["ptz", "nightVision", "faceDetection", "plateReading"] as const;
export type CameraCapability = (typeof cameraCapabilities)[number];

const yesNo = z.enum(["yes", "no"]);
const bps = z.string().regex(/^\d{2,10}$/, "a BPS code");

/** The registry's filters, as the query string of GET /api/cameras and the screen's form carry them. */
export const registryFilterSchema = z
  .object({
    q: z.string().trim().max(100).optional(),
    ownerType: z.enum(ownerTypes).optional(),
    accessMode: z.enum(accessModes).optional(),
    status: z.enum(cameraHealth).optional(),
    kota: bps.optional(),
    kecamatan: bps.optional(),
    provider: z.string().trim().min(1).max(100).optional(),
    jsc: yesNo.optional().describe("integrated with Jakarta Smart City"),
    police: yesNo.optional().describe("connected to the police"),
    ringOne: yesNo.optional(),
    capability: z.enum(cameraCapabilities).optional(),
    generated: yesNo.optional().describe("no: real cameras only; yes: the generated registry only"),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
  })
  .strict();
export type RegistryFilter = z.infer<typeof registryFilterSchema>;

/** A camera's view as the registry edits it: bearing (null for a PTZ dome that turns), field of view, range. */
export const cameraViewSchema = z
  .object({
    bearingDeg: z.number().min(0).max(360).nullable(),
    fovDeg: z.number().min(1).max(360),
    rangeM: z.number().min(1).max(2_000),
  })
  .strict();
export type CameraViewSettings = z.infer<typeof cameraViewSchema>;

export const providerTargetSchema = z
  .object({ provider: z.string().trim().min(1).max(100), target: z.number().int().min(0).max(10_000_000) })
  .strict();
