import { describe, expect, it } from "vitest";

import { openCsvRows } from "@/lib/import/read-csv-rows";
import { referenceData } from "@/lib/testing/reference-data";
import { stationImportRow } from "@/lib/validations/station-import-row";

import { defaultStations } from "./default-stations";

async function publishedStations() {
  const source = await openCsvRows(referenceData("geo", "police_stations_known.csv"));
  const rows = [];
  for await (const r of source.rows) if ("fields" in r) rows.push(stationImportRow.parse(r.fields));
  return rows;
}

describe("defaultStations", () => {
  it("stands every published station at its published position, not approximate", async () => {
    const published = await publishedStations();
    expect(published).toHaveLength(34);
    const byCode = new Map(defaultStations().map((s) => [s.code, s]));
    for (const p of published) {
      const s = byCode.get(p.code);
      expect(s, p.code).toMatchObject({
        name: p.name,
        kind: p.kind,
        lat: p.lat,
        lon: p.lon,
        locationApproximate: false,
        parentCode: p.parentCode ?? null,
        jurisdictionCodes: p.jurisdictionCodes,
        address: p.address,
      });
      expect(s?.source).toBe(p.source);
    }
  });

  it("keeps one polsek per kecamatan, the unpublished ones approximate at the kecamatan point", async () => {
    const published = new Set((await publishedStations()).map((p) => p.code));
    const stations = defaultStations();
    const codes = stations.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    const polsek = stations.filter((s) => s.kind === "polsek");
    expect(polsek.filter((s) => s.jurisdictionCodes?.length === 1)).toHaveLength(44);
    const approximate = polsek.filter((s) => !published.has(s.code));
    expect(approximate.length).toBe(44 + 1 - 28);
    for (const s of approximate) expect(s.locationApproximate).toBe(true);
  });
});
