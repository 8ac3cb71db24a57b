import type { AreaRef } from "@/lib/geo/area-ref";
import type { IncidentSource, IncidentStatus, IncidentType, Priority } from "./vocabulary";

/** An incident as consoles see it: in responses and in event payloads. */
export interface IncidentView {
  id: number;
  number: string;
  type: IncidentType;
  priority: Priority;
  status: IncidentStatus;
  source: IncidentSource;
  sourceCameraId: number | null;
  lat: number;
  lon: number;
  address: string | null;
  description: string | null;
  kelurahan: AreaRef | null;
  kecamatan: AreaRef | null;
  kota: AreaRef | null;
  createdBy: string | null;
  createdAt: string;
}
