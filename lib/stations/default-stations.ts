import type { StationRow } from "@/db/queries/upsert-stations";
import { KECAMATAN, KOTA } from "@/lib/geo/jakarta-reference";

import { KNOWN_STATIONS, KNOWN_STATIONS_SOURCE } from "./known-stations";

/**
 * Polda Metro Jaya, a Polres per kota and a Polsek per kecamatan. Those with a published
 * position (KNOWN_STATIONS) stand there; the rest stand at their kota or kecamatan point,
 * marked "location approximate" until real stations are imported.
 */
export function defaultStations(): StationRow[] {
  const known = new Map(KNOWN_STATIONS.map((k) => [k[0], knownRow(k)]));
  const rows = approximateStations().map((s) => known.get(s.code) ?? s);
  const built = new Set(rows.map((s) => s.code));
  // Stations that serve no whole kecamatan (Polsek Tanjung Duren) come in as published.
  const extra = [...known.values()].filter((s) => !built.has(s.code));
  return [...rows, ...extra];
}

function knownRow([code, name, kind, lat, lon, parentCode, jurisdiction, address]: (typeof KNOWN_STATIONS)[number]) {
  return {
    code,
    name,
    kind,
    parentCode: parentCode || null,
    lat,
    lon,
    locationApproximate: false,
    address,
    jurisdictionCodes: jurisdiction ? jurisdiction.split(";") : [],
    source: KNOWN_STATIONS_SOURCE,
  } satisfies StationRow;
}

function approximateStations(): StationRow[] {
  const source = "built-in (location approximate)";
  const polda: StationRow = {
    code: "POLDA-MJ",
    name: "Polda Metro Jaya",
    kind: "polda",
    lat: -6.2211,
    lon: 106.8107,
    locationApproximate: true,
    source,
  };
  const polres = KOTA.map<StationRow>((k) => ({
    code: `POLRES-${k.code}`,
    name: k.code === "3101" ? "Polres Kepulauan Seribu" : `Polres Metro ${k.name.replace(/^Kota /, "")}`,
    kind: "polres",
    parentCode: polda.code,
    lat: k.lat,
    lon: k.lon,
    locationApproximate: true,
    jurisdictionCodes: KECAMATAN.filter((c) => c.kotaCode === k.code).map((c) => c.code),
    source,
  }));
  const polsek = KECAMATAN.map<StationRow>((c) => ({
    code: `POLSEK-${c.code}`,
    name: `Polsek ${c.name}`,
    kind: "polsek",
    parentCode: `POLRES-${c.kotaCode}`,
    lat: c.lat,
    lon: c.lon,
    locationApproximate: true,
    jurisdictionCodes: [c.code],
    source,
  }));
  return [polda, ...polres, ...polsek];
}
