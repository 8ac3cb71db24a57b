import { z } from "zod";

import { areaRefSchema } from "./area-ref";

/** Where a point lies in Jakarta: its kelurahan, kecamatan and kota. */
export const pointLocationSchema = z.object({
  kelurahan: areaRefSchema.nullable(),
  kecamatan: areaRefSchema.nullable(),
  kota: areaRefSchema.nullable(),
  /** "polygon" when boundaries are imported, else "nearest-point" (approximate). */
  method: z.enum(["polygon", "nearest-point"]),
  insideJakarta: z.boolean(),
});
export type PointLocation = z.infer<typeof pointLocationSchema>;
