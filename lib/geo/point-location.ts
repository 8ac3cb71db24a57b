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
  /** In DKI Jakarta's waters (Jakarta Bay, the Thousand Islands): the kelurahan is the nearest one. */
  atSea: z.boolean(),
  /** Outside Jakarta: the neighbouring kota or kabupaten it lies in (approximate), if near. */
  neighbour: z.string().nullable(),
});
export type PointLocation = z.infer<typeof pointLocationSchema>;
