import http from "node:http";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { ParsedPlace } from "@/lib/places/parse-place";
import { freePort } from "@/lib/testing/free-port";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";

import type { PlaceMatch } from "./place-match";

const TOKEN = "pk.test-token-for-the-stand-in";

// A local stand-in that answers as Mapbox's Geocoding v6 forward endpoint does (a GeoJSON
// FeatureCollection of features with properties.feature_type, name, full_address,
// place_formatted, coordinates and match_code), and remembers every request it had.
function fakeMapbox() {
  const requests: URL[] = [];
  const mode = { value: "answer" as "answer" | "fail" | "hang" };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url!, "http://stand-in");
    requests.push(url);
    if (mode.value === "hang") return; // never answers: the console's timeout must end the wait
    if (mode.value === "fail" || url.pathname !== "/search/geocode/v6/forward") {
      res.writeHead(mode.value === "fail" ? 500 : 404, { "content-type": "application/json" });
      return res.end(JSON.stringify({ message: "Not Found" }));
    }
    const feature = (name: string, lon: number, lat: number, type: string, confidence: string) => ({
      type: "Feature",
      id: `dXJuOm1ieGFkcjo${name.length}`,
      geometry: { type: "Point", coordinates: [lon, lat] },
      properties: {
        mapbox_id: `dXJuOm1ieGFkcjo${name.length}`,
        feature_type: type,
        full_address: `${name}, Kebon Sirih, Menteng, Jakarta Pusat, DKI Jakarta 10340, Indonesia`,
        name,
        name_preferred: name,
        place_formatted: "Kebon Sirih, Menteng, Jakarta Pusat, DKI Jakarta 10340, Indonesia",
        coordinates: { longitude: lon, latitude: lat, accuracy: "rooftop" },
        context: { country: { name: "Indonesia", country_code: "ID" }, region: { name: "DKI Jakarta" } },
        match_code: { address_number: "matched", street: "matched", confidence },
      },
    });
    res.writeHead(200, { "content-type": "application/vnd.geo+json" });
    res.end(
      JSON.stringify({
        type: "FeatureCollection",
        features: [
          feature("Jalan Kebon Sirih 10", 106.8271, -6.1834, "address", "exact"),
          feature("Jalan Kebon Sirih", 106.8305, -6.1839, "street", "medium"),
        ],
        attribution: "NOTICE: © 2026 Mapbox and its suppliers. All rights reserved.",
      }),
    );
  });
  return { server, requests, mode };
}

describe("street addresses from Mapbox's geocoding, against a local stand-in", () => {
  const mapbox = fakeMapbox();
  let withToken: RunningConsole;
  let without: RunningConsole;
  const search = (c: RunningConsole, q: string, near = "&lat=-6.18&lon=106.83") =>
    c.data<PlaceMatch[]>(`/api/places/search?q=${encodeURIComponent(q)}${near}`, { as: "operator" });

  beforeAll(async () => {
    const port = await freePort();
    await new Promise<void>((r) => mapbox.server.listen(port, "127.0.0.1", () => r()));
    const base = `http://127.0.0.1:${port}`;
    [withToken, without] = await Promise.all([
      startConsole("pglite", { MAPBOX_TOKEN: TOKEN, MAPBOX_API_BASE_URL: base }),
      startConsole("pglite", { MAPBOX_API_BASE_URL: base }),
    ]);
    // The console's first fetch loads Node's HTTP client, which on a loaded test machine can
    // take longer than the 1.5 s Mapbox is given: one search first, so the tests see the rest.
    await search(withToken, "monas");
  });
  afterAll(async () => {
    await Promise.all([withToken?.stop(), without?.stop()]);
    mapbox.server.closeAllConnections();
    mapbox.server.close();
  });

  it("asks Mapbox from the server with the token, Jakarta's box, Indonesian and the view", async () => {
    mapbox.mode.value = "answer";
    const before = mapbox.requests.length;
    await search(withToken, "jalan kebon sirih 10");
    const asked = mapbox.requests.slice(before);
    expect(asked).toHaveLength(1);
    const q = asked[0]!.searchParams;
    expect(asked[0]!.pathname).toBe("/search/geocode/v6/forward");
    expect(q.get("q")).toBe("jalan kebon sirih 10");
    expect(q.get("access_token")).toBe(TOKEN);
    expect(q.get("bbox")).toBe("106.38,-6.38,106.98,-5.18");
    expect(q.get("language")).toBe("id");
    expect(q.get("country")).toBe("id");
    expect(q.get("proximity")).toBe("106.83,-6.18");
  });

  it("puts the addresses after the gazetteer's places, as kind address with their kelurahan", async () => {
    mapbox.mode.value = "answer";
    const results = await search(withToken, "kebon sirih");
    const kinds = results.map((r) => r.kind);
    const firstAddress = kinds.indexOf("address");
    expect(firstAddress).toBeGreaterThan(0); // the kelurahan Kebon Sirih (and more) first
    expect(kinds.slice(firstAddress).every((k) => k === "address")).toBe(true);
    expect(results[0]).toMatchObject({ name: "Kebon Sirih", kind: "kelurahan" });
    const address = results[firstAddress]!;
    expect(address).toMatchObject({
      name: "Jalan Kebon Sirih 10, Kebon Sirih, Menteng, Jakarta Pusat, DKI Jakarta 10340, Indonesia",
      kind: "address",
      detail: "address",
      lat: -6.1834,
      lon: 106.8271,
      match: 1,
    });
    expect(address.kelurahan).not.toBeNull();
    expect(address.distanceM).toBeGreaterThan(0);
    expect(results.filter((r) => r.kind === "address")).toHaveLength(2);
  });

  it("reads an address the gazetteer does not know through Mapbox in the parse route", async () => {
    mapbox.mode.value = "answer";
    const place = await withToken.data<ParsedPlace>(`/api/places/parse?text=${encodeURIComponent("qzxqzx 10")}`, {
      as: "operator",
    });
    expect(place).toMatchObject({ method: "mapbox", lat: -6.1834, lon: 106.8271, areas: { insideJakarta: true } });
  });

  it.each(["fail", "hang"] as const)("keeps the gazetteer's places when Mapbox does %s", async (mode) => {
    mapbox.mode.value = mode;
    const before = mapbox.requests.length;
    const results = await search(withToken, "kebon sirih");
    expect(mapbox.requests.length).toBe(before + 1);
    expect(results[0]).toMatchObject({ name: "Kebon Sirih", kind: "kelurahan" });
    expect(results.some((r) => r.kind === "address")).toBe(false);
  });

  it("sends nothing anywhere without a token", async () => {
    mapbox.mode.value = "answer";
    const before = mapbox.requests.length;
    const results = await search(without, "jalan kebon sirih 10");
    await without.data(`/api/places/parse?text=${encodeURIComponent("kebon sirih")}`, { as: "operator" });
    expect(results.length).toBeGreaterThan(0);
    expect(results.some((r) => r.kind === "address")).toBe(false);
    expect(mapbox.requests.length).toBe(before);
  });
});
