import { z } from "zod";

import type { StationRow } from "@/db/queries/upsert-stations";
import { agencies, stationKinds } from "@/lib/stations/vocabulary";

import { choice, flag, latitude, longitude, optionalText, phone, requiredChoice, requiredText } from "./import-fields";

/*
 * Stations for `npm run import -- stations <file>`: a CSV with a header row, or GeoJSON Point
 * features whose properties carry the same names (the point gives lat and lon). Upserted by
 * code; parent_code is resolved after the whole file is in, so a parent may come later.
 *
 *   column                required  values (default)
 *   code                  yes       unique station code, e.g. POLSEK-3171010
 *   name                  yes
 *   kind                  yes       polda | polres | polsek
 *   lat, lon              yes       WGS84 degrees (also latitude, longitude, lng)
 *   agency                no        police | fire | ambulance | satpol_pp | dishub (police)
 *   parent_code           no        code of the station above: a polsek's polres, a polres's polda
 *   jurisdiction_codes    no        7-digit kecamatan BPS codes separated by ";" (also jurisdiction;
 *                                   in GeoJSON also an array)
 *   location_approximate  no        true/false, yes/no, ya/tidak, 1/0 (false)
 *   address               no
 *   phone, sms_number     no        digits with +, spaces, brackets, dots or hyphens
 *   staffed               no        flag (true)
 *   source                no        where the row comes from (import:<file name>)
 */
const kecamatanCodes = z.preprocess(
  (v) => (Array.isArray(v) ? v.map(String) : typeof v === "string" ? v.split(/[;,\s]+/).filter(Boolean) : (v ?? [])),
  z.array(
    z.string().regex(/^\d{7}$/, {
      error: (iss) => `must be 7-digit kecamatan BPS codes separated by ";"; got ${JSON.stringify(iss.input)}`,
    }),
    { error: `must be 7-digit kecamatan BPS codes separated by ";"` },
  ),
);

export const stationImportFields = z.object({
  code: requiredText(60),
  name: requiredText(200),
  kind: requiredChoice(stationKinds),
  lat: latitude(),
  lon: longitude(),
  agency: choice(agencies, "police"),
  parent_code: optionalText(60),
  jurisdiction_codes: kecamatanCodes,
  location_approximate: flag(false),
  address: optionalText(),
  phone: phone(),
  sms_number: phone(),
  staffed: flag(true),
  source: optionalText(200),
});

export type StationImportRow = Omit<StationRow, "source"> & { source?: string | undefined };

export const stationImportRow = stationImportFields
  .refine((r) => r.parent_code !== r.code, { error: "a station cannot be its own parent", path: ["parent_code"] })
  .transform((r): StationImportRow => ({
    code: r.code,
    name: r.name,
    kind: r.kind,
    lat: r.lat,
    lon: r.lon,
    agency: r.agency,
    parentCode: r.parent_code ?? null,
    jurisdictionCodes: r.jurisdiction_codes,
    locationApproximate: r.location_approximate,
    address: r.address ?? null,
    phone: r.phone ?? null,
    smsNumber: r.sms_number ?? null,
    staffed: r.staffed,
    source: r.source,
  }));

export const stationRequiredColumns = ["code", "name", "kind", "lat", "lon"] as const;
