import { describe, expect, it } from "vitest";

import { reasonOf } from "@/lib/import/import-rows";

import { cameraImportRow } from "./camera-import-row";

const csvRow = (over: Record<string, string> = {}) => ({
  external_id: "CAM-1",
  name: "Pos Monas",
  lat: "-6.1754",
  lon: "106.8272",
  owner_type: "government",
  ...over,
});
const reason = (input: Record<string, unknown>) => {
  const r = cameraImportRow.safeParse(input);
  return r.success ? null : reasonOf(r.error);
};

describe("camera import row", () => {
  it("fills the defaults for the columns a row leaves out or empty", () => {
    expect(cameraImportRow.parse(csvRow({ address: "", provider: "" }))).toEqual({
      externalId: "CAM-1",
      name: "Pos Monas",
      lat: -6.1754,
      lon: 106.8272,
      address: null,
      ownerType: "government",
      ownerName: null,
      ownerContact: null,
      provider: null,
      accessMode: "on_request",
      jscIntegrated: false,
      policeConnected: false,
      ringOne: false,
      ptz: false,
      nightVision: false,
      faceDetection: false,
      plateReading: false,
      bearingDeg: null,
      fovDeg: 90,
      rangeM: 50,
      streamUrl: null,
      snapshotUrl: null,
      health: "unknown",
      lastSeenAt: null,
      installation: "installed",
      retentionDays: null,
      source: undefined,
    });
  });

  it("reads CSV text and GeoJSON values alike", () => {
    const fromCsv = cameraImportRow.parse(
      csvRow({
        access_mode: "Live",
        ptz: "ya",
        night_vision: "1",
        ring_one: "No",
        retention_days: "30",
        last_seen_at: "2024-05-01T10:00:00+07:00",
      }),
    );
    const fromGeojson = cameraImportRow.parse({
      ...csvRow(),
      lat: -6.1754,
      lon: 106.8272,
      access_mode: "live",
      ptz: true,
      night_vision: 1,
      ring_one: false,
      retention_days: 30,
      last_seen_at: "2024-05-01T03:00:00Z",
    });
    expect(fromCsv).toEqual(fromGeojson);
    expect(fromCsv).toMatchObject({
      accessMode: "live",
      ptz: true,
      fovDeg: 360,
      lastSeenAt: "2024-05-01T03:00:00.000Z",
    });
  });

  it("takes a decimal comma, as spreadsheets set to Indonesian write", () => {
    expect(cameraImportRow.parse(csvRow({ lat: "-6,1754", lon: "106,8272" }))).toMatchObject({
      lat: -6.1754,
      lon: 106.8272,
    });
  });

  it("says which field is wrong and what it got", () => {
    expect(reason(csvRow({ lat: "abc" }))).toBe('lat: must be a number from -90 to 90; got "abc"');
    expect(reason(csvRow({ lat: "95" }))).toBe("lat: must be a number from -90 to 90; got 95");
    expect(reason(csvRow({ owner_type: "pemerintah" }))).toBe(
      'owner_type: must be one of government, company, residential, private; got "pemerintah"',
    );
    expect(reason(csvRow({ name: " " }))).toBe("name: required");
    expect(reason(csvRow({ ptz: "maybe" }))).toMatch(/^ptz: must be true or false/);
    expect(reason(csvRow({ last_seen_at: "2024-05-01 10:00" }))).toMatch(
      /^last_seen_at: must be an ISO 8601 time with its zone/,
    );
    expect(reason(csvRow({ retention_days: "7.5" }))).toMatch(/^retention_days: must be a whole number/);
    expect(reason(csvRow({ stream_url: "not a url" }))).toMatch(/^stream_url: must be a URL/);
  });
});
