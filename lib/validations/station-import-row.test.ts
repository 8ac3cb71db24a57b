import { describe, expect, it } from "vitest";

import { reasonOf } from "@/lib/import/import-rows";

import { stationImportRow } from "./station-import-row";

const row = { code: "POLSEK-3173080", name: "Polsek Gambir", kind: "polsek", lat: "-6.1701", lon: "106.8219" };
const reason = (input: Record<string, unknown>) => {
  const r = stationImportRow.safeParse(input);
  return r.success ? null : reasonOf(r.error);
};

describe("station import row", () => {
  it("reads jurisdiction codes separated by semicolons, or as a GeoJSON array", () => {
    const parsed = stationImportRow.parse({
      ...row,
      parent_code: "POLRES-3173",
      jurisdiction_codes: "3173080; 3173070",
      phone: "(021) 3841234",
    });
    expect(parsed).toMatchObject({
      agency: "police",
      parentCode: "POLRES-3173",
      jurisdictionCodes: ["3173080", "3173070"],
      staffed: true,
      phone: "(021) 3841234",
    });
    expect(stationImportRow.parse({ ...row, jurisdiction_codes: ["3173080"] }).jurisdictionCodes).toEqual(["3173080"]);
    expect(stationImportRow.parse({ ...row, jurisdiction_codes: "" }).jurisdictionCodes).toEqual([]);
  });

  it("rejects what the console could not route to", () => {
    expect(reason({ ...row, kind: "polsub" })).toBe('kind: must be one of polda, polres, polsek; got "polsub"');
    expect(reason({ ...row, jurisdiction_codes: "3173080;317307" })).toMatch(
      /^jurisdiction_codes\.1: must be 7-digit kecamatan BPS codes/,
    );
    expect(reason({ ...row, parent_code: row.code })).toBe("parent_code: a station cannot be its own parent");
    expect(reason({ ...row, phone: "call me" })).toBe('phone: must be a phone number; got "call me"');
    expect(reason({ ...row, code: "" })).toBe("code: required");
  });
});
