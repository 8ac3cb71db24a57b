import type { StationRow } from "@/db/queries/upsert-stations";
import { KECAMATAN, KOTA } from "@/lib/geo/jakarta-reference";

// No public file of polsek coordinates exists: the default puts Polda Metro Jaya at its
// headquarters, a Polres at each kota point and a Polsek at each kecamatan point, all
// marked "location approximate" until real stations are imported.
export function defaultStations(): StationRow[] {
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
