// Spellings that real registries and the shared reference files use for our column names.
const aliases: Record<string, string> = {
  latitude: "lat",
  lng: "lon",
  long: "lon",
  longitude: "lon",
  jurisdiction: "jurisdiction_codes",
  kode_kecamatan: "kode_kec_bps",
  area_km2_approx: "area_km2",
};

/** "External ID", "external-id" and "EXTERNAL_ID" all name external_id. */
export function normalizeColumn(name: string): string {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  return aliases[key] ?? key;
}
