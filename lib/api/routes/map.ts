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
  summary:
    "How many cameras the map draws (not decommissioned): all, live, offline and generated; the cameras themselves come as vector tiles from /api/tiles/cameras/{z}/{x}/{y}",
  response: z.object({
    count: z.number().int(),
    live: z.number().int(),
    offline: z.number().int(),
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
