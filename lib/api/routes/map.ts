import { z } from "zod";

import { areaLevels } from "@/lib/geo/vocabulary";
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

const labelPointSchema = z.object({
  type: z.literal("Feature"),
  geometry: z.object({ type: z.literal("Point"), coordinates: z.tuple([z.number(), z.number()]) }),
  properties: z.object({
    code: z.string(),
    name: z.string(),
    level: z.enum(areaLevels),
    /** The kecamatan of a kelurahan, the kota of a kecamatan. */
    parent: z.string().nullable(),
    kota: z.string().nullable(),
  }),
});

export const mapLabelsRoute = defineRoute({
  method: "GET",
  path: "/api/map/labels",
  roles: everyRole,
  summary:
    "A label point inside every land kota, kecamatan and kelurahan (its boundary's, or its own point where none is imported), with its name, level, parent's name and kota, as a GeoJSON FeatureCollection",
  response: z.object({ type: z.literal("FeatureCollection"), features: z.array(labelPointSchema) }),
});

export const mapStyleRoute = defineRoute({
  method: "GET",
  path: "/api/map/style",
  roles: everyRole,
  bare: true,
  summary:
    "The MapLibre style (version 8) the console's maps start from, itself and not in { data }: the offline style, or MAP_STYLE_URL's with its addresses made absolute; either declares the console's own Noto Sans files in font-faces for the labels",
  response: z.looseObject({
    version: z.literal(8),
    sources: z.record(z.string(), z.unknown()),
    layers: z.array(z.unknown()),
    "font-faces": z.record(z.string(), z.unknown()),
  }),
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
