import { sql } from "drizzle-orm";

import type { Executor } from "../client";

export interface StationRow {
  code: string;
  name: string;
  agency?: "police" | "fire" | "ambulance" | "satpol_pp" | "dishub";
  kind: "polda" | "polres" | "polsek";
  parentCode?: string | null;
  lat: number;
  lon: number;
  locationApproximate?: boolean;
  address?: string | null;
  jurisdictionCodes?: string[];
  phone?: string | null;
  smsNumber?: string | null;
  staffed?: boolean;
  source: string;
}

// Upserted by station code; parents are resolved by code after the rows are in.
export async function upsertStations(db: Executor, rows: readonly StationRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const json = JSON.stringify(
    rows.map((r) => ({
      code: r.code,
      name: r.name,
      agency: r.agency ?? "police",
      kind: r.kind,
      parent_code: r.parentCode ?? null,
      lat: r.lat,
      lon: r.lon,
      location_approximate: r.locationApproximate ?? false,
      address: r.address ?? null,
      jurisdiction_codes: r.jurisdictionCodes ?? [],
      phone: r.phone ?? null,
      sms_number: r.smsNumber ?? null,
      staffed: r.staffed ?? true,
      source: r.source,
    })),
  );
  await db.execute(sql`
    INSERT INTO stations (code, name, agency, kind, location, location_approximate, address,
      jurisdiction_codes, phone, sms_number, staffed, source)
    SELECT code, name, agency, kind, ST_SetSRID(ST_MakePoint(lon, lat), 4326), location_approximate, address,
      ARRAY(SELECT jsonb_array_elements_text(jurisdiction_codes)), phone, sms_number, staffed, source
    FROM jsonb_to_recordset(${json}::jsonb) AS r(code text, name text, agency text, kind text, parent_code text,
      lat float8, lon float8, location_approximate bool, address text, jurisdiction_codes jsonb, phone text,
      sms_number text, staffed bool, source text)
    ON CONFLICT (code) DO UPDATE SET
      name = EXCLUDED.name, agency = EXCLUDED.agency, kind = EXCLUDED.kind, location = EXCLUDED.location,
      location_approximate = EXCLUDED.location_approximate, address = EXCLUDED.address,
      jurisdiction_codes = EXCLUDED.jurisdiction_codes, phone = EXCLUDED.phone, sms_number = EXCLUDED.sms_number,
      staffed = EXCLUDED.staffed, source = EXCLUDED.source, updated_at = now()`);
  await db.execute(sql`
    UPDATE stations s SET parent_id = p.id
    FROM jsonb_to_recordset(${json}::jsonb) AS r(code text, parent_code text)
    JOIN stations p ON p.code = r.parent_code
    WHERE s.code = r.code`);
  return rows.length;
}
