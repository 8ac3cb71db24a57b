import { OpenLocationCode } from "open-location-code";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { ErrorBody } from "@/lib/api/error-code";
import type { PointLocation } from "@/lib/geo/point-location";
import en from "@/lib/i18n/messages/en.json";
import type { ParsedPlace } from "@/lib/places/parse-place";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

// Monas's kelurahan is Gambir, kecamatan Gambir, Kota Jakarta Pusat.
const gambir = {
  kelurahan: { name: "Gambir" },
  kecamatan: { name: "Gambir" },
  kota: { name: "Kota Jakarta Pusat" },
  insideJakarta: true,
  atSea: false,
  neighbour: null,
};

describe.each(testDatabaseKinds())("reading a place in any form, on %s", (kind) => {
  let c: RunningConsole;
  const parse = (text: string) =>
    c.data<ParsedPlace>(`/api/places/parse?text=${encodeURIComponent(text)}`, { as: "operator" });
  const refused = async (text: string) => {
    const res = await c.api(`/api/places/parse?text=${encodeURIComponent(text)}`, { as: "operator" });
    expect(res.status, text).toBe(422);
    return ((await res.json()) as { error: ErrorBody }).error;
  };
  const locate = (lat: number, lon: number) =>
    c.data<PointLocation>(`/api/geo/locate?lat=${lat}&lon=${lon}`, { as: "operator" });
  beforeAll(async () => {
    c = await startConsole(kind);
  });
  afterAll(async () => {
    await c?.stop();
  });

  it.each([
    ["-6.1754, 106.8272", "decimal"],
    ["-6,1754; 106,8272", "decimal-comma"],
    [`6°10'31.4"LS 106°49'37.9"BT`, "dms"],
    ["https://www.google.com/maps/place/Monumen+Nasional/@-6.1753924,106.8271528,17z", "google-maps"],
    ["Monas\nhttps://maps.google.com/maps?q=-6.1754%2C106.8272&z=17&hl=id", "whatsapp"],
    [new OpenLocationCode().encode(-6.1754, 106.8272), "plus-code"],
    ["RRGF+XX Jakarta", "plus-code"],
  ])("reads %j (%s) to Gambir", async (text, method) => {
    const place = await parse(text);
    expect(place).toMatchObject({ method, areas: gambir });
    expect(place.lat).toBeCloseTo(-6.175, 2);
    expect(place.lon).toBeCloseTo(106.826, 2);
  });

  it("reads a WhatsApp location with the name it came with", async () => {
    expect(await parse("Monumen Nasional\nhttps://maps.google.com/maps?q=-6.1754%2C106.8272&z=17&hl=id")).toMatchObject(
      { lat: -6.1754, lon: 106.8272, method: "whatsapp", label: "Monumen Nasional" },
    );
  });

  it("resolves a gazetteer name to its best match's point", async () => {
    const place = await parse("stasiun gambir");
    expect(place).toMatchObject({
      method: "gazetteer",
      label: "STASIUN GAMBIR",
      areas: { kecamatan: { name: "Gambir" } },
    });
  });

  it.each([
    ["https://maps.app.goo.gl/x1Yz2AbCdEf", "placeShortLink"],
    ["https://goo.gl/maps/AbCdEf123", "placeShortLink"],
    ["https://example.com/monas", "placeUnknownLink"],
    ["106.8272, -6.1754", "placeSwapped"],
    ["999, 9", "placeRange"],
    [`6°70'31.4"S 106°49'37.9"E`, "placeDms"],
    ["RRGF+XX Bandung", "placePlusCodeElsewhere"],
    ["qzxqzxqzx", "placeNotFound"],
  ])("refuses %j with its reason", async (text, reason) => {
    const error = await refused(text);
    expect(error).toMatchObject({ code: "not_a_place", fields: { text: [reason] } });
    expect(error.message).toBe(en.intake.errors[reason as keyof typeof en.intake.errors]);
  });

  it("refuses a missing text as invalid input", async () => {
    const res = await c.api("/api/places/parse", { as: "operator" });
    expect(res.status).toBe(422);
  });

  it.each([
    ["Jakarta Bay off Ancol", -6.07, 106.84, "Kota Jakarta Utara"],
    ["Jakarta Bay off Marunda", -6.06, 106.96, "Kota Jakarta Utara"],
    ["the sea off Pulau Pari", -5.9, 106.66, "Kabupaten Kepulauan Seribu"],
    ["the sea near Pulau Sebira", -5.2, 106.45, "Kabupaten Kepulauan Seribu"],
  ])("gives a point at sea in %s to the nearest kelurahan, at sea", async (_, lat, lon, kota) => {
    const at = await locate(lat, lon);
    expect(at).toMatchObject({ insideJakarta: true, atSea: true, neighbour: null, kota: { name: kota } });
    expect(at.kelurahan).not.toBeNull();
    // The same through the parser, as a pasted link.
    expect((await parse(`https://maps.google.com/?q=${lat},${lon}`)).areas).toEqual(at);
  });

  it("keeps land in Jakarta as it was, not at sea", async () => {
    expect(await locate(-6.1754, 106.8272)).toMatchObject(gambir);
  });

  it.each([
    ["Bekasi", -6.2383, 106.9756, "Kota Bekasi"],
    ["Depok", -6.4025, 106.7942, "Kota Depok"],
    ["Kota Tangerang", -6.1783, 106.6319, "Kota Tangerang"],
    ["South Tangerang", -6.2886, 106.7179, "Kota Tangerang Selatan"],
    ["the sea off Tangerang, Banten's", -6.0, 106.55, "Kabupaten Tangerang"],
  ])("keeps %s outside, with the neighbour named", async (_, lat, lon, neighbour) => {
    expect(await locate(lat, lon)).toMatchObject({ insideJakarta: false, atSea: false, neighbour, kelurahan: null });
  });

  it("names no neighbour far away", async () => {
    expect(await locate(-6.9147, 107.6098)).toMatchObject({ insideJakarta: false, neighbour: null });
  });

  it("lets an incident at sea be created, in the nearest kelurahan", async () => {
    const res = await c.api("/api/incidents", {
      as: "operator",
      method: "POST",
      headers: { "idempotency-key": crypto.randomUUID() },
      json: { type: "penyelamatan", priority: "P1", lat: -6.07, lon: 106.84, description: "Kapal terbalik" },
    });
    expect(res.status).toBe(201);
    const { data } = (await res.json()) as { data: { kelurahan: { name: string } | null; kota: { name: string } } };
    expect(data.kelurahan).not.toBeNull();
    expect(data.kota.name).toBe("Kota Jakarta Utara");
  });
});
