import fs from "node:fs";

import { describe, expect, it } from "vitest";

import { referenceData } from "@/lib/testing/reference-data";

import { inJakartaWaters, insideRing, JAKARTA_WATERS, neighbourRegion } from "./jakarta-waters";

describe("inJakartaWaters", () => {
  it.each([
    ["Jakarta Bay off Ancol", -6.07, 106.84],
    ["Jakarta Bay off Marunda", -6.06, 106.96],
    ["Jakarta Bay off Kamal Muara", -6.08, 106.7],
    ["between Pulau Untung Jawa and Pulau Rambut", -6.01, 106.7],
    ["off Pulau Pari", -5.87, 106.55],
    ["off Pulau Tidung", -5.79, 106.5],
    ["off Pulau Pramuka", -5.72, 106.62],
    ["off Pulau Sebira, the northernmost island", -5.2, 106.46],
  ])("holds %s", (_, lat, lon) => {
    expect(inJakartaWaters(lat, lon)).toBe(true);
  });

  it.each([
    ["the sea off the Tangerang coast (Banten's)", -6.0, 106.55],
    ["the sea off Muara Gembong (West Java's)", -5.95, 107.05],
    ["Kota Bekasi", -6.24, 107.0],
    ["Kota Depok", -6.4, 106.82],
    ["the open Java Sea far north", -4.8, 106.6],
    ["Bandung", -6.9147, 107.6098],
  ])("leaves out %s", (_, lat, lon) => {
    expect(inJakartaWaters(lat, lon)).toBe(false);
  });

  it("takes in every island of the Thousand Islands from the reference boundaries", () => {
    const file = JSON.parse(fs.readFileSync(referenceData("geo", "jakarta_kelurahan.geojson"), "utf8")) as {
      features: { properties: { kode_bps: string }; geometry: { coordinates: unknown } }[];
    };
    const corners: [number, number][] = [];
    const walk = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === "number") corners.push(c as [number, number]);
      else if (Array.isArray(c)) c.forEach(walk);
    };
    for (const f of file.features.filter((f) => f.properties.kode_bps.startsWith("3101"))) walk(f.geometry.coordinates);
    expect(corners.length).toBeGreaterThan(100);
    expect(corners.filter(([lon, lat]) => !insideRing(JAKARTA_WATERS, lat, lon))).toEqual([]);
  });
});

describe("neighbourRegion", () => {
  it.each([
    ["Bekasi Barat", -6.24, 106.99, "Kota Bekasi"],
    ["Harapan Indah", -6.18, 106.98, "Kota Bekasi"],
    ["Cikarang", -6.3, 107.14, "Kabupaten Bekasi"],
    ["Margonda, Depok", -6.37, 106.83, "Kota Depok"],
    ["Kota Tangerang's centre", -6.178, 106.63, "Kota Tangerang"],
    ["Soekarno-Hatta airport", -6.1256, 106.6559, "Kota Tangerang"],
    ["Dadap, Kosambi", -6.083, 106.71, "Kabupaten Tangerang"],
    ["BSD, South Tangerang", -6.3, 106.67, "Kota Tangerang Selatan"],
    ["Bintaro sector 9", -6.28, 106.71, "Kota Tangerang Selatan"],
    ["Cibinong", -6.48, 106.85, "Kabupaten Bogor"],
    ["Bogor's palace", -6.5977, 106.7996, "Kota Bogor"],
  ])("names %s: %s", (_, lat, lon, name) => {
    expect(neighbourRegion(lat, lon)).toBe(name);
  });

  it("names none far from Jakarta", () => {
    expect(neighbourRegion(-6.9147, 107.6098)).toBeNull(); // Bandung
    expect(neighbourRegion(-7.25, 112.75)).toBeNull(); // Surabaya
  });
});
