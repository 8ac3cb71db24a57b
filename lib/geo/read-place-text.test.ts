import { OpenLocationCode } from "open-location-code";
import { describe, expect, it } from "vitest";

import enMessages from "@/lib/i18n/messages/en.json";
import idMessages from "@/lib/i18n/messages/id.json";

import { formatPoint, isValidPoint, placeRefusals, placeTextProblem, readPlaceText } from "./read-place-text";

// Monas, as Google Maps gives it: -6.1753924, 106.8271528.
const near = (lat: number, lon: number, digits = 4) => ({
  lat: expect.closeTo(lat, digits) as number,
  lon: expect.closeTo(lon, digits) as number,
});

describe("readPlaceText reads every form a place arrives in", () => {
  const points: [string, string, { lat: number; lon: number; method: string; label?: string }][] = [
    ["lat, lon with dots", "-6.1754, 106.8272", { lat: -6.1754, lon: 106.8272, method: "decimal" }],
    ["a semicolon", " -6.1754;106.8272 ", { lat: -6.1754, lon: 106.8272, method: "decimal" }],
    ["a space", "-6.1754 106.8272", { lat: -6.1754, lon: 106.8272, method: "decimal" }],
    ["the edges of the world", "90, -180", { lat: 90, lon: -180, method: "decimal" }],
    ["decimal commas and a space", "-6,1754 106,8272", { lat: -6.1754, lon: 106.8272, method: "decimal-comma" }],
    ["decimal commas and a semicolon", "-6,1754; 106,8272", { lat: -6.1754, lon: 106.8272, method: "decimal-comma" }],
    ["DMS with N S E W", `6°10'31.4"S 106°49'37.9"E`, { ...near(-6.175389, 106.827194, 5), method: "dms" }],
    ["DMS with LS and BT", `6°10'31,4" LS 106°49'37,9" BT`, { ...near(-6.175389, 106.827194, 5), method: "dms" }],
    ["DMS longitude first", `106°49'37.9"E, 6°10'31.4"S`, { ...near(-6.175389, 106.827194, 5), method: "dms" }],
    ["DMS hemisphere first", `S 6° 10' 31.4" E 106° 49' 37.9"`, { ...near(-6.175389, 106.827194, 5), method: "dms" }],
    ["DMS with primes", `6°10′31.4″S 106°49′37.9″E`, { ...near(-6.175389, 106.827194, 5), method: "dms" }],
    ["decimal minutes", `6°10.523'S 106°49.632'E`, { ...near(-6.175383, 106.8272, 5), method: "dms" }],
    ["signed degrees", `-6.1754° 106.8272°`, { lat: -6.1754, lon: 106.8272, method: "dms" }],
    [
      "a maps.google.com ?q= link",
      "https://maps.google.com/?q=-6.17,106.82",
      { lat: -6.17, lon: 106.82, method: "google-maps" },
    ],
    [
      "a place link with the view's centre",
      "https://www.google.com/maps/place/Monumen+Nasional/@-6.1753924,106.8249779,17z",
      { lat: -6.1753924, lon: 106.8249779, method: "google-maps" },
    ],
    [
      "the marker's !3d!4d over the view's centre",
      "https://www.google.com/maps/place/Monumen+Nasional/@-6.1753924,106.8249779,17z/data=!3m1!4b1!4m6!3m5!1s0x2e69f5d2e764b12d:0x3d2ad6e1e0e9bcc8!8m2!3d-6.1753924!4d106.8271528!16zL20vMDNuMnpk",
      { lat: -6.1753924, lon: 106.8271528, method: "google-maps" },
    ],
    [
      "a search API link",
      "https://www.google.com/maps/search/?api=1&query=-6.1754,106.8272",
      { lat: -6.1754, lon: 106.8272, method: "google-maps" },
    ],
    [
      "a coordinate place link in DMS",
      "https://www.google.co.id/maps/place/6%C2%B010'31.4%22S+106%C2%B049'37.9%22E/",
      { ...near(-6.175389, 106.827194, 5), method: "google-maps" },
    ],
    ["a link without its scheme", "maps.google.com/?q=-6.2,106.8", { lat: -6.2, lon: 106.8, method: "google-maps" }],
    [
      "a WhatsApp location",
      "https://maps.google.com/maps?q=-6.1754%2C106.8272&z=17&hl=id",
      { lat: -6.1754, lon: 106.8272, method: "whatsapp" },
    ],
    [
      "a WhatsApp location under its place's name",
      "Monumen Nasional\nGambir, Jakarta Pusat\nhttps://maps.google.com/maps?q=-6.1754%2C106.8272&z=17&hl=id",
      { lat: -6.1754, lon: 106.8272, method: "whatsapp", label: "Monumen Nasional Gambir, Jakarta Pusat" },
    ],
    ["a full Plus Code", "6P58RRGF+XX", { ...near(-6.1725625, 106.8249375, 6), method: "plus-code" }],
    ["a full Plus Code in lower case", "6p58rrgf+xx", { ...near(-6.1725625, 106.8249375, 6), method: "plus-code" }],
    ["a short Plus Code with Jakarta", "RRGF+XX Jakarta", { ...near(-6.1725625, 106.8249375, 6), method: "plus-code" }],
    [
      "a short Plus Code as Google writes it",
      "RRGF+XX Gambir, Central Jakarta City, Jakarta",
      { ...near(-6.1725625, 106.8249375, 6), method: "plus-code" },
    ],
    [
      "a short Plus Code with a kecamatan",
      "RRGF+XX, Gambir",
      { ...near(-6.1725625, 106.8249375, 6), method: "plus-code" },
    ],
    ["a short Plus Code alone", "RRGF+XX", { ...near(-6.1725625, 106.8249375, 6), method: "plus-code" }],
  ];

  it.each(points)("%s", (_, text, expected) => {
    expect(readPlaceText(text)).toEqual({ kind: "point", ...expected });
  });

  it("recovers a short Plus Code in the Thousand Islands against Kepulauan Seribu, not the mainland", () => {
    const olc = new OpenLocationCode();
    const full = olc.encode(-5.6, 106.57); // Pulau Kelapa
    const short = `${full.slice(4)} Kepulauan Seribu`;
    expect(readPlaceText(short)).toEqual({ kind: "point", ...near(-5.6, 106.57, 3), method: "plus-code" });
  });
});

describe("readPlaceText refuses what looks like a place but is none, and says why", () => {
  const refused: [string, string, string][] = [
    ["a goo.gl short link (needs the network)", "https://goo.gl/maps/AbCdEf123", "placeShortLink"],
    ["a maps.app.goo.gl short link", "https://maps.app.goo.gl/x1Yz2AbCdEf", "placeShortLink"],
    ["a short link under a WhatsApp name", "Monas\nhttps://maps.app.goo.gl/x1Yz2AbCdEf", "placeShortLink"],
    [
      "a Google Maps link with no point",
      "https://www.google.com/maps/place/Monumen+Nasional/",
      "placeLinkWithoutPoint",
    ],
    ["a Google Maps link whose point is no place", "https://maps.google.com/?q=-96.17,206.82", "placeLinkWithoutPoint"],
    ["a link that is not a map", "https://example.com/monas", "placeUnknownLink"],
    ["a Google link that is not Maps", "https://www.google.com/search?q=monas", "placeUnknownLink"],
    ["minutes of 60 or more", `6°70'31.4"S 106°49'37.9"E`, "placeDms"],
    ["seconds of 60 or more", `6°10'61"S 106°49'37.9"E`, "placeDms"],
    ["two latitudes", `6°10'31.4"S 6°49'37.9"S`, "placeDms"],
    ["a lone angle", `6°10'31.4"S`, "placeDms"],
    ["a latitude beyond 90", `96°10'31.4"S 106°49'37.9"E`, "placeDms"],
    ["a sign and a hemisphere at once", `-6°10'31.4"S 106°49'37.9"E`, "placeDms"],
    ["a Plus Code with a letter it has not", "6P58RRGA+XX", "placePlusCode"],
    ["a short Plus Code elsewhere", "RRGF+XX Bandung", "placePlusCodeElsewhere"],
  ];

  it.each(refused)("%s", (_, text, reason) => {
    expect(readPlaceText(text)).toEqual({ kind: "refused", reason });
    expect(placeTextProblem(text)).toBe(reason);
  });

  it("says which pairs are out of range and which are swapped", () => {
    expect(readPlaceText("999, 9")).toEqual({ kind: "out_of_range", swapped: null });
    expect(readPlaceText("1000, 9")).toEqual({ kind: "out_of_range", swapped: null });
    expect(readPlaceText("-6.2, 181")).toEqual({ kind: "out_of_range", swapped: null });
    expect(readPlaceText("106.8272, -6.1754")).toEqual({
      kind: "out_of_range",
      swapped: { lat: -6.1754, lon: 106.8272 },
    });
    expect(readPlaceText("106,8272 -6,1754")).toEqual({
      kind: "out_of_range",
      swapped: { lat: -6.1754, lon: 106.8272 },
    });
    expect(readPlaceText("-95, 10")).toEqual({ kind: "out_of_range", swapped: { lat: 10, lon: -95 } });
  });

  it("has every refusal translated in both languages", () => {
    for (const key of placeRefusals) {
      expect(idMessages.intake.errors[key], key).toBeTruthy();
      expect(enMessages.intake.errors[key], key).toBeTruthy();
      expect(idMessages.intake.errors[key]).not.toBe(enMessages.intake.errors[key]);
    }
  });
});

describe("readPlaceText leaves names to the gazetteer", () => {
  it.each([
    ["", { kind: "empty" }],
    ["   ", { kind: "empty" }],
    [" Gambir ", { kind: "name", text: "Gambir" }],
    ["Gambir (kecamatan)", { kind: "name", text: "Gambir (kecamatan)" }],
    ["-6.17", { kind: "name", text: "-6.17" }],
    ["RS Cipto", { kind: "name", text: "RS Cipto" }],
    ["Jl. Sudirman No. 1", { kind: "name", text: "Jl. Sudirman No. 1" }],
    ["Halte Pecenongan", { kind: "name", text: "Halte Pecenongan" }],
  ])("%j", (text, expected) => {
    expect(readPlaceText(text)).toEqual(expected);
  });
});

describe("placeTextProblem", () => {
  it("names the message for each kind of bad pair, and nothing for good text", () => {
    expect(placeTextProblem("999, 9")).toBe("placeRange");
    expect(placeTextProblem("106.8272, -6.1754")).toBe("placeSwapped");
    expect(placeTextProblem("-6.1754, 106.8272")).toBeNull();
    expect(placeTextProblem("https://maps.google.com/?q=-6.17,106.82")).toBeNull();
    expect(placeTextProblem("Gambir")).toBeNull();
    expect(placeTextProblem("")).toBeNull();
  });
});

describe("isValidPoint and formatPoint", () => {
  it("accepts only what a map can centre on", () => {
    expect(isValidPoint({ lat: -6.2, lon: 106.8 })).toBe(true);
    expect(isValidPoint({ lat: 106.8, lon: -6.2 })).toBe(false);
    expect(isValidPoint({ lat: Number.NaN, lon: 0 })).toBe(false);
  });

  it("writes latitude first, so the field reads back what it wrote", () => {
    expect(readPlaceText(formatPoint({ lat: -6.1754, lon: 106.8272 }))).toEqual({
      kind: "point",
      lat: -6.1754,
      lon: 106.8272,
      method: "decimal",
    });
  });
});
