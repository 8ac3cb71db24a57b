import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { countCsvRows, detectDelimiter, openCsvRows } from "./read-csv-rows";
import type { SourceRow } from "./row-source";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "read-csv-rows-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (text: string) => {
  const p = path.join(dir, `${++n}.csv`);
  fs.writeFileSync(p, text);
  return p;
};
const readAll = async (p: string) => {
  const source = await openCsvRows(p);
  const rows: SourceRow[] = [];
  for await (const r of source.rows) rows.push(r);
  return { columns: source.columns, rows };
};

describe("detectDelimiter", () => {
  it("picks the separator the header uses, outside quotes", () => {
    expect(detectDelimiter("external_id,name,lat,lon")).toBe(",");
    expect(detectDelimiter("kode;nama;lat;lon")).toBe(";");
    expect(detectDelimiter('"a;b",c')).toBe(",");
    expect(detectDelimiter("a\tb\tc")).toBe("\t");
    expect(detectDelimiter("name")).toBe(",");
  });
});

describe("openCsvRows", () => {
  it("numbers rows by their first line, counting the header as line 1, with LF or CRLF", async () => {
    for (const eol of ["\n", "\r\n"]) {
      const text = [
        "External ID,Name,Address",
        "A,One,Jl. Satu",
        "",
        'B,Two,"Jl. Dua',
        'Blok C"',
        "C,Three,Jl. Tiga",
        "",
      ].join(eol);
      const { columns, rows } = await readAll(file(text));
      expect(columns).toEqual(["external_id", "name", "address"]);
      expect(rows.map((r) => r.ref)).toEqual([{ line: 2 }, { line: 4 }, { line: 6 }]);
      expect(rows[1]).toEqual({
        ref: { line: 4 },
        fields: { external_id: "B", name: "Two", address: `Jl. Dua${eol}Blok C` },
      });
    }
  });

  it("reads a semicolon file with a byte order mark, and normalizes the header", async () => {
    const { columns, rows } = await readAll(file("\uFEFFLatitude;Longitude;Owner-Type\n-6,17;106,82;private\n"));
    expect(columns).toEqual(["lat", "lon", "owner_type"]);
    expect(rows).toEqual([{ ref: { line: 2 }, fields: { lat: "-6,17", lon: "106,82", owner_type: "private" } }]);
  });

  it("reports rows of the wrong length and skips blank ones, keeping the rest", async () => {
    const { rows } = await readAll(file("a,b,c\n1,2\n,,\n4,5,6,,\n7,8,9,10\n"));
    expect(rows).toEqual([
      { ref: { line: 2 }, error: "has 2 fields where the header has 3" },
      { ref: { line: 4 }, fields: { a: "4", b: "5", c: "6" } },
      { ref: { line: 5 }, error: "has 4 fields where the header has 3" },
    ]);
  });

  it("reports a row csv-parse cannot read and goes on", async () => {
    const { rows } = await readAll(file('a,b\n1,2\n"3"x,4\n5,6\n'));
    expect(rows[0]).toEqual({ ref: { line: 2 }, fields: { a: "1", b: "2" } });
    expect(rows.find((r) => "error" in r)).toMatchObject({
      ref: { line: 3 },
      error: expect.stringMatching(/^unreadable CSV: Invalid Closing Quote/) as unknown,
    });
  });

  it("refuses an empty file and a header that names a column twice", async () => {
    await expect(openCsvRows(file(""))).rejects.toThrow("the file is empty");
    await expect(openCsvRows(file("lat,latitude\n1,2\n"))).rejects.toThrow("the header names column lat twice");
    await expect(openCsvRows(path.join(dir, "missing.csv"))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("estimates the rows for a progress bar", async () => {
    expect(await countCsvRows(file("a\n1\n2\n3\n"))).toBe(3);
  });
});
