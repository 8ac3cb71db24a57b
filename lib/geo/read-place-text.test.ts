import { describe, expect, it } from "vitest";

import { formatPoint, isValidPoint, placeTextProblem, readPlaceText } from "./read-place-text";

describe("readPlaceText", () => {
  it("reads lat, lon in the usual separators", () => {
    expect(readPlaceText("-6.1754, 106.8272")).toEqual({ kind: "point", lat: -6.1754, lon: 106.8272 });
    expect(readPlaceText(" -6.1754;106.8272 ")).toEqual({ kind: "point", lat: -6.1754, lon: 106.8272 });
    expect(readPlaceText("-6.1754 106.8272")).toEqual({ kind: "point", lat: -6.1754, lon: 106.8272 });
    expect(readPlaceText("90, -180")).toEqual({ kind: "point", lat: 90, lon: -180 });
  });

  it("calls a pair out of range what it is, and offers the other order when that is a place", () => {
    expect(readPlaceText("999, 9")).toEqual({ kind: "out_of_range", swapped: null });
    expect(readPlaceText("1000, 9")).toEqual({ kind: "out_of_range", swapped: null });
    expect(readPlaceText("-6.2, 181")).toEqual({ kind: "out_of_range", swapped: null });
    expect(readPlaceText("106.8272, -6.1754")).toEqual({
      kind: "out_of_range",
      swapped: { lat: -6.1754, lon: 106.8272 },
    });
    expect(readPlaceText("-95, 10")).toEqual({ kind: "out_of_range", swapped: { lat: 10, lon: -95 } });
  });

  it("leaves names and empty text alone", () => {
    expect(readPlaceText("")).toEqual({ kind: "empty" });
    expect(readPlaceText("   ")).toEqual({ kind: "empty" });
    expect(readPlaceText(" Gambir ")).toEqual({ kind: "name", text: "Gambir" });
    expect(readPlaceText("Gambir (kecamatan)")).toEqual({ kind: "name", text: "Gambir (kecamatan)" });
    expect(readPlaceText("-6.17")).toEqual({ kind: "name", text: "-6.17" });
  });
});

describe("placeTextProblem", () => {
  it("names the message for each kind of bad pair, and nothing for good text", () => {
    expect(placeTextProblem("999, 9")).toBe("placeRange");
    expect(placeTextProblem("106.8272, -6.1754")).toBe("placeSwapped");
    expect(placeTextProblem("-6.1754, 106.8272")).toBeNull();
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
    });
  });
});
