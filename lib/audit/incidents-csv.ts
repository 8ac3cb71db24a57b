import type { Db } from "@/db";

import { csvStream } from "./csv";
import { incidentPages } from "./export-pages";

export const incidentsCsvHeader = [
  "number",
  "type",
  "priority",
  "status",
  "created_at",
  "first_dispatch_at",
  "acknowledged_at",
  "en_route_at",
  "on_scene_at",
  "closed_at",
  "kelurahan",
  "kecamatan",
  "kota",
  "station_code",
  "station_name",
  "generated",
];

/** Every incident created in the range with each time of its response, oldest first. */
export function incidentsCsv(db: Db, range: { from: Date; to: Date }): ReadableStream<Uint8Array> {
  return csvStream(incidentsCsvHeader, incidentPages(db, range), (r) => [
    r.number,
    r.type,
    r.priority,
    r.status,
    r.createdAt,
    r.firstDispatchAt,
    r.acknowledgedAt,
    r.enRouteAt,
    r.onSceneAt,
    r.closedAt,
    r.kelurahan,
    r.kecamatan,
    r.kota,
    r.stationCode,
    r.stationName,
    r.generated,
  ]);
}
