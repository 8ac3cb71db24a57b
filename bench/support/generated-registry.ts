import { sql } from "drizzle-orm";

import type { Executor } from "@/db";

/**
 * Adds `count` generated cameras in one SQL statement: generate_series around each kelurahan's
 * point, a realistic mix of owners, live and offline, each with its kelurahan, kecamatan and kota.
 * A million rows this way take seconds, not the minutes of the import path.
 */
export async function insertGeneratedRegistry(db: Executor, count: number): Promise<void> {
  await db.execute(sql`
  INSERT INTO cameras (external_id, name, location, owner_type, access_mode, health, bearing_deg, fov_deg, range_m,
                       provider, jsc_integrated, police_connected, ring_one, kelurahan_code, kecamatan_code, kota_code,
                       generated, source)
  SELECT 'BENCH-' || g, 'Bench CCTV ' || g,
         ST_SetSRID(ST_MakePoint(k.lon + (random() - 0.5) * 0.025, k.lat + (random() - 0.5) * 0.025), 4326),
         (ARRAY['government', 'company', 'residential', 'private'])[1 + g % 4],
         CASE WHEN g % 33 = 0 THEN 'live' ELSE 'on_request' END,
         CASE WHEN g % 17 = 0 THEN 'offline' ELSE 'online' END,
         (g * 37) % 360, 60 + g % 50, 20 + g % 80,
         (ARRAY['PT Bench Satu', 'PT Bench Dua', 'PT Bench Tiga', 'PT Bench Empat'])[1 + g % 4],
         g % 3 = 0, g % 33 = 0, g % 132 = 0,
         -- The kelurahan it is generated around (near its edge the point may lie in the next one).
         k.code, k.parent_code, k.kota_code, true, 'bench'
  FROM generate_series(1, ${count}) AS g
  JOIN (SELECT row_number() OVER (ORDER BY code) - 1 AS i, ST_X(point) AS lon, ST_Y(point) AS lat, code, parent_code, kota_code
        FROM areas WHERE level = 'kelurahan') k ON k.i = g % (SELECT count(*) FROM areas WHERE level = 'kelurahan')`);
}
