import { z } from "zod";

import type { LatLon } from "@/lib/geo/geodesy";

import { estimateLeg, type TravelEstimator } from "./travel-estimate";

// OSRM's table service answers a matrix; a cell is null when no route joins the two points.
const tableAnswer = z.object({
  code: z.string(),
  message: z.string().optional(),
  durations: z.array(z.array(z.number().nullable())).optional(),
  distances: z.array(z.array(z.number().nullable())).optional(),
});

const coord = (p: LatLon) => `${p.lon.toFixed(6)},${p.lat.toFixed(6)}`;

/**
 * Travel by an OSRM server's table service (GET /table/v1/driving/...): every station a source,
 * the place the one destination. A station OSRM cannot route keeps the straight-line estimate.
 */
export function osrmTableEstimator(baseUrl: string, timeoutMs = 2_000): TravelEstimator {
  return async (place, from, at) => {
    if (from.length === 0) return [];
    const coords = [place, ...from].map(coord).join(";");
    const sources = from.map((_, i) => i + 1).join(";");
    const url = `${baseUrl.replace(/\/$/, "")}/table/v1/driving/${coords}?sources=${sources}&destinations=0&annotations=duration,distance`;
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    const body = tableAnswer.parse(await res.json());
    if (!res.ok || body.code !== "Ok")
      throw new Error(`OSRM answered ${res.status} ${body.code}: ${body.message ?? ""}`);
    return from.map((station, i) => {
      const durationS = body.durations?.[i]?.[0];
      const distanceM = body.distances?.[i]?.[0];
      if (durationS == null) return estimateLeg(place, station, at);
      return {
        distanceM: Math.round(distanceM ?? estimateLeg(place, station, at).distanceM),
        etaS: Math.round(durationS),
      };
    });
  };
}
