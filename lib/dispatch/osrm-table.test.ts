import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { osrmTableEstimator } from "./osrm-table";
import { estimateLeg } from "./travel-estimate";

// A local server that answers as OSRM's /table/v1/driving does.
let server: http.Server;
let base = "";
const asked: URL[] = [];
beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url!, "http://osrm");
    asked.push(url);
    const coords = url.pathname.replace("/table/v1/driving/", "").split(";");
    if (coords.length > 3) {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ code: "TooBig", message: "Too many table coordinates" }));
      return;
    }
    const sources = url.searchParams.get("sources")!.split(";");
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        code: "Ok",
        durations: sources.map((s) => [s === "2" ? null : 600.4]),
        distances: sources.map((s) => [s === "2" ? null : 4321.6]),
        sources: sources.map(() => ({ location: [0, 0], name: "" })),
        destinations: [{ location: [0, 0], name: "" }],
      }),
    );
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const place = { lat: -6.1754, lon: 106.8272 };
const stations = [
  { lat: -6.1595, lon: 106.8531 },
  { lat: -6.2, lon: 106.8 },
];
const at = new Date("2026-11-25T01:00:00Z");

describe("osrmTableEstimator", () => {
  it("asks the table service with the stations as sources and the place as destination", async () => {
    const legs = await osrmTableEstimator(base)(place, stations, at);
    const url = asked.at(-1)!;
    expect(url.pathname).toBe("/table/v1/driving/106.827200,-6.175400;106.853100,-6.159500;106.800000,-6.200000");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      sources: "1;2",
      destinations: "0",
      annotations: "duration,distance",
    });
    // The first from OSRM; the second, which OSRM could not route, by the straight line.
    expect(legs).toEqual([{ distanceM: 4322, etaS: 600 }, estimateLeg(place, stations[1]!, at)]);
  });

  it("fails with OSRM's own message when it refuses", async () => {
    await expect(osrmTableEstimator(base)(place, [...stations, place], at)).rejects.toThrow(/TooBig/);
  });
});
