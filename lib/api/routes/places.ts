import { z } from "zod";

import { cameraSummarySchema } from "@/lib/cameras/camera-summary";
import { nearbyCameraSchema } from "@/lib/cameras/nearby-camera";
import { pointLocationSchema } from "@/lib/geo/point-location";
import { placeMatchSchema, placeSearchQuerySchema } from "@/lib/places/place-match";
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

export const cameraRoute = defineRoute({
  method: "GET",
  path: "/api/cameras/{id}",
  roles: everyRole,
  summary: "One camera: owner, access mode, provider, status and last seen (never its stream address)",
  response: cameraSummarySchema,
  alsoAnswers: [404],
});

export const locatePointRoute = defineRoute({
  method: "GET",
  path: "/api/geo/locate",
  roles: everyRole,
  summary: "Kelurahan, kecamatan and kota of a point; whether it is inside Jakarta",
  query: pointQuerySchema,
  response: pointLocationSchema,
});

export const searchPlacesRoute = defineRoute({
  method: "GET",
  path: "/api/places/search",
  roles: everyRole,
  summary:
    "Gazetteer places (areas, stations, landmarks) by a name as typed, misspellings and abbreviations allowed; best match first, nearer the view (lat, lon) first among equals",
  query: placeSearchQuerySchema,
  response: z.array(placeMatchSchema),
});
