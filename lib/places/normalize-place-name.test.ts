import { describe, expect, it } from "vitest";

import { normalizePlaceName } from "./normalize-place-name";

describe("normalizePlaceName", () => {
  it.each([
    ["Kemayoran", "kemayoran"],
    ["RSUP Nasional Dr. Cipto Mangunkusumo", "rsup nasional dr cipto mangunkusumo"],
    ["Rumah Sakit Cipto", "rs cipto"],
    ["rs cipto", "rs cipto"],
    ["Jl. Sudirman", "jalan sudirman"],
    ["jln sudirman", "jalan sudirman"],
    ["St. Gambir", "stasiun gambir"],
    ["Hlt Pecenongan", "halte pecenongan"],
    ["psr senen", "pasar senen"],
    ["Kel. Gambir", "kelurahan gambir"],
    ["kec.  Tanah Abang", "kecamatan tanah abang"],
    ["KANTOR LURAH SENEN", "kelurahan senen"],
    ["Cikiní", "cikini"],
    ["  Pasar  Minggu!  ", "pasar minggu"],
  ])("%s -> %s", (text, expected) => {
    expect(normalizePlaceName(text)).toBe(expected);
  });
});
