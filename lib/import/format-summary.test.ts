import { describe, expect, it } from "vitest";

import { formatSummary } from "./format-summary";
import type { ImportResult } from "./import-rows";

const result: ImportResult = {
  noun: "cameras",
  key: "external_id",
  unusedColumns: [],
  read: 100_003,
  imported: 100_000,
  repeated: 0,
  rejected: 3,
  interrupted: false,
  reasons: [
    { ref: { line: 4 }, reason: 'lat: must be a number from -90 to 90; got "abc"' },
    { ref: { feature: 9 }, reason: "name: required" },
  ],
};

describe("formatSummary", () => {
  it("gives the counts, then each reason with its line or feature", () => {
    expect(formatSummary("cameras.csv", result, 12.34)).toEqual([
      "cameras.csv: imported 100,000 cameras, rejected 3 (12.3 s).",
      '  line 4: lat: must be a number from -90 to 90; got "abc"',
      "  feature 9: name: required",
      "  and 1 more rejected rows.",
    ]);
  });

  it("mentions repeats, unused columns, an interruption and an empty result", () => {
    const lines = formatSummary(
      "k.geojson",
      {
        ...result,
        noun: "kecamatan",
        key: "kode_kec_bps",
        imported: 0,
        rejected: 0,
        reasons: [],
        repeated: 2,
        unusedColumns: ["kota"],
      },
      1,
    );
    expect(lines.slice(1)).toEqual([
      "2 rows repeated the kode_kec_bps of an earlier row; the later row was kept.",
      "Columns not used: kota.",
      "Nothing was imported.",
    ]);
    expect(formatSummary("c.csv", { ...result, reasons: [], rejected: 0, interrupted: true }, 1).at(-1)).toMatch(
      /^Interrupted after 100,003 rows/,
    );
  });
});
