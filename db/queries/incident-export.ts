import { sql } from "drizzle-orm";

import type { Executor } from "../client";

/** One incident with every time of its response, as the incidents export writes it. */
export type IncidentExportRow = {
  id: number;
  number: string;
  type: string;
  priority: string;
  status: string;
  createdAt: string;
  firstDispatchAt: string | null;
  acknowledgedAt: string | null;
  enRouteAt: string | null;
  onSceneAt: string | null;
  closedAt: string | null;
  kelurahan: string | null;
  kecamatan: string | null;
  kota: string | null;
  stationCode: string | null;
  stationName: string | null;
  generated: boolean;
};

/** Where the next page starts: after this creation time (to the microsecond) and id. */
export interface ExportCursor {
  createdAt: string;
  id: number;
}

const iso = (column: string) => sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`);

// Keyset pages in order of creation: each page is one index range read, however far in.
// The times of the response are the first of each among the incident's assignments; the
// station is the first one sent.
export async function incidentExportPage(
  db: Executor,
  range: { from: Date; to: Date },
  after: ExportCursor | null,
  limit: number,
): Promise<IncidentExportRow[]> {
  const { rows } = await db.execute<IncidentExportRow>(sql`
    SELECT i.id, i.number, i.type, i.priority, i.status, ${iso("i.created_at")} AS "createdAt",
           ${iso("a.first_dispatch")} AS "firstDispatchAt", ${iso("a.acknowledged")} AS "acknowledgedAt",
           ${iso("a.en_route")} AS "enRouteAt", ${iso("a.on_scene")} AS "onSceneAt", ${iso("i.closed_at")} AS "closedAt",
           kel.name AS kelurahan, kec.name AS kecamatan, kota.name AS kota,
           s.code AS "stationCode", s.name AS "stationName", i.generated
    FROM incidents i
    LEFT JOIN areas kel ON kel.code = i.kelurahan_code
    LEFT JOIN areas kec ON kec.code = i.kecamatan_code
    LEFT JOIN areas kota ON kota.code = i.kota_code
    LEFT JOIN LATERAL (
      SELECT min(dispatched_at) AS first_dispatch, min(acknowledged_at) AS acknowledged,
             min(en_route_at) AS en_route, min(on_scene_at) AS on_scene,
             (array_agg(station_id ORDER BY dispatched_at, id))[1] AS first_station
      FROM assignments WHERE incident_id = i.id
    ) a ON true
    LEFT JOIN stations s ON s.id = a.first_station
    WHERE i.created_at >= ${range.from.toISOString()}::timestamptz AND i.created_at < ${range.to.toISOString()}::timestamptz
      ${after ? sql`AND (i.created_at, i.id) > (${after.createdAt}::timestamptz, ${after.id})` : sql``}
    ORDER BY i.created_at, i.id
    LIMIT ${limit}`);
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}
