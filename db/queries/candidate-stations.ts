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

// The k nearest staffed polsek by the GiST index's KNN, and with them the polsek whose
// jurisdiction holds the place (its kecamatan among their codes, or their polygon around the
// point) wherever it stands: the jurisdiction's own station is always offered.
export async function candidateStations(
  db: Executor,
  place: { lat: number; lon: number; kecamatanCode: string | null },
  k: number,
): Promise<CandidateStation[]> {
  const point = sql`ST_SetSRID(ST_MakePoint(${place.lon}, ${place.lat}), 4326)`;
  const kec = place.kecamatanCode ?? "";
  const { rows } = await db.execute<CandidateStation & Record<string, unknown>>(sql`
    WITH nearest AS (
      SELECT id FROM stations WHERE kind = 'polsek' AND staffed ORDER BY location <-> ${point} LIMIT ${k}
    ), own AS (
      SELECT id FROM stations
      WHERE kind = 'polsek' AND staffed
        AND (${kec} = ANY(jurisdiction_codes) OR (jurisdiction IS NOT NULL AND ST_Intersects(jurisdiction, ${point})))
    )
    SELECT s.id, s.code, s.name, ST_Y(s.location) AS lat, ST_X(s.location) AS lon, s.staffed,
           s.location_approximate AS "locationApproximate",
           (${kec} = ANY(s.jurisdiction_codes) OR (s.jurisdiction IS NOT NULL AND ST_Intersects(s.jurisdiction, ${point})))
             AS "inJurisdiction"
    FROM stations s
    WHERE s.id IN (SELECT id FROM nearest UNION SELECT id FROM own)`);
  return rows;
}
