import { z } from "zod";

import { nearbyCameraSchema } from "@/lib/cameras/nearby-camera";
import { areaMatchSchema } from "@/lib/geo/area-match";
import { pointLocationSchema } from "@/lib/geo/point-location";
import { camerasNearQuerySchema, pointQuerySchema } from "@/lib/validations/coordinates";

import { defineRoute } from "../define-route";
import { everyRole } from "./common";

export const camerasNearRoute = defineRoute({
  method: "GET",
  path: "/api/cameras/near",
  roles: everyRole,
  summary: "Cameras ranked for a place: sees it and live first, then sees it on request, then the rest by distance",
  query: camerasNearQuerySchema,
  response: z.array(nearbyCameraSchema),
});

export const locatePointRoute = defineRoute({
  method: "GET",
  path: "/api/geo/locate",
  roles: everyRole,
  summary: "Kelurahan, kecamatan and kota of a point; whether it is inside Jakarta",
  query: pointQuerySchema,
  response: pointLocationSchema,
});

export const searchAreasRoute = defineRoute({
  method: "GET",
  path: "/api/areas/search",
  roles: everyRole,
  summary: "Kelurahan and kecamatan by name, with a point each",
  query: z.object({ q: z.string({ error: "q is required" }).trim().min(2, "q needs at least 2 letters").max(60) }),
  response: z.array(areaMatchSchema),
});
