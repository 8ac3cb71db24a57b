import { z } from "zod";

import { stationViewSchema } from "@/lib/stations/station-view";

import { defineRoute } from "../define-route";
import { everyRole } from "./common";

export const mapAreasRoute = defineRoute({
  method: "GET",
  path: "/api/map/areas",
  roles: everyRole,
  summary: "Kota and kecamatan as a GeoJSON FeatureCollection: boundaries where imported, else points",
  response: z.object({ type: z.literal("FeatureCollection"), features: z.array(z.record(z.string(), z.unknown())) }),
});

export const mapCamerasRoute = defineRoute({
  method: "GET",
  path: "/api/map/cameras",
  roles: everyRole,
  summary: "All cameras as [lon, lat, id, flags] (flags: bit 1 live, bit 2 offline), for the clustered layer",
  response: z.object({
    points: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])),
    generated: z.number().int(),
  }),
});

export const mapStationsRoute = defineRoute({
  method: "GET",
  path: "/api/map/stations",
  roles: everyRole,
  summary: "Stations with place and staffing",
  response: z.array(stationViewSchema),
});
