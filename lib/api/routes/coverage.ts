import { z } from "zod";

import { defineRoute } from "../define-route";

const coverageRoles = ["monitor", "dispatcher", "supervisor", "admin"] as const;

export const coverageAreasRoute = defineRoute({
  method: "GET",
  path: "/api/coverage/areas",
  roles: coverageRoles,
  summary:
    "Camera coverage per kecamatan and kelurahan, least covered first: H3 resolution-9 cells, those some camera's view cone reaches into, and the cameras standing in them",
  response: z.object({
    areas: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        level: z.enum(["kecamatan", "kelurahan"]),
        kotaName: z.string().nullable(),
        cells: z.number().int(),
        covered: z.number().int(),
        cameras: z.number().int(),
      }),
    ),
  }),
});

export const coverageCellsRoute = defineRoute({
  method: "GET",
  path: "/api/coverage/cells",
  roles: coverageRoles,
  summary:
    "The coverage grid as GeoJSON hexagons (H3 resolution 9) with each cell's seen share (0 to 1) and cameras, for the map's blind-spot layer",
  response: z.object({ type: z.literal("FeatureCollection"), features: z.array(z.record(z.string(), z.unknown())) }),
});
