import { describe, expect, it } from "vitest";

import { changedStationFields } from "./station-changes";

const station = {
  address: "Jl. Garuda No. 1",
  phone: "021-4241000",
  smsNumber: null,
  jurisdictionCodes: ["3171030", "3171020"],
  lat: -6.16,
  lon: 106.845,
};

describe("changedStationFields", () => {
  it("finds nothing in the same details, whatever the order of the codes", () => {
    expect(changedStationFields(station, { ...station, jurisdictionCodes: ["3171020", "3171030"] })).toEqual([]);
  });

  it("names each field changed, and a move of the marker as position", () => {
    expect(
      changedStationFields(station, {
        ...station,
        smsNumber: "+6281200000001",
        jurisdictionCodes: ["3171030"],
        lat: -6.161,
      }),
    ).toEqual(["smsNumber", "jurisdictionCodes", "position"]);
    expect(changedStationFields(station, { ...station, address: null })).toEqual(["address"]);
  });
});
