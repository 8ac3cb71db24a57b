import { sql } from "drizzle-orm";

import type { Executor } from "../client";

export interface CandidateStation {
  id: number;
  code: string;
  name: string;
  lat: number;
  lon: number;
  staffed: boolean;
  locationApproximate: boolean;
  inJurisdiction: boolean;
}

// For one incident, in one round trip: its place, the k nearest staffed polsek by the GiST
// index's KNN, and with them the polsek whose jurisdiction holds the place (its kecamatan among
// their codes, or their polygon around the point) wherever it stands: the jurisdiction's own
// station is always offered. Null when there is no such incident.
export async function candidateStationsFor(
  db: Executor,
  incidentId: number,
  k: number,
): Promise<{ place: { lat: number; lon: number }; stations: CandidateStation[] } | null> {
  const { rows } = await db.execute<{ lat: number; lon: number; stations: CandidateStation[] | null }>(sql`
    WITH i AS (
      SELECT location AS point, coalesce(kecamatan_code, '') AS kec FROM incidents WHERE id = ${incidentId}
    ), nearest AS (
      SELECT s.id FROM stations s, i WHERE s.kind = 'polsek' AND s.staffed ORDER BY s.location <-> i.point LIMIT ${k}
    ), own AS (
      SELECT s.id FROM stations s, i
      WHERE s.kind = 'polsek' AND s.staffed
        AND (i.kec = ANY(s.jurisdiction_codes) OR (s.jurisdiction IS NOT NULL AND ST_Intersects(s.jurisdiction, i.point)))
    )
    SELECT ST_Y(i.point) AS lat, ST_X(i.point) AS lon,
      (SELECT json_agg(json_build_object(
         'id', s.id, 'code', s.code, 'name', s.name, 'lat', ST_Y(s.location), 'lon', ST_X(s.location),
         'staffed', s.staffed, 'locationApproximate', s.location_approximate,
         'inJurisdiction', (i.kec = ANY(s.jurisdiction_codes)
                            OR (s.jurisdiction IS NOT NULL AND ST_Intersects(s.jurisdiction, i.point)))))
       FROM stations s WHERE s.id IN (SELECT id FROM nearest UNION SELECT id FROM own)) AS stations
    FROM i`);
  const [row] = rows;
  return row ? { place: { lat: row.lat, lon: row.lon }, stations: row.stations ?? [] } : null;
}
