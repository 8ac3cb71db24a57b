import type { AreaRef } from "./area-ref";

/** Where a point lies in Jakarta: its kelurahan, kecamatan and kota. */
export interface PointLocation {
  kelurahan: AreaRef | null;
  kecamatan: AreaRef | null;
  kota: AreaRef | null;
  /** "polygon" when boundaries are imported, else "nearest-point" (approximate). */
  method: "polygon" | "nearest-point";
  insideJakarta: boolean;
}
