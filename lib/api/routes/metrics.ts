import { callVolumeSchema } from "@/lib/metrics/call-volume-view";
import { responseTimesSchema } from "@/lib/metrics/response-times-view";
import { responseTimesQuerySchema, timeRangeQuerySchema } from "@/lib/validations/metrics-query";

import { defineRoute } from "../define-route";
import { figureRoles } from "./common";

export const responseTimesRoute = defineRoute({
  method: "GET",
  path: "/api/metrics/response-times",
  roles: figureRoles,
  summary:
    "Answer, processing, acknowledgement, travel and total times over a range (30 days by default): p50, p90, p95, count and share within each target, overall and by group",
  query: responseTimesQuerySchema,
  response: responseTimesSchema,
});

export const callVolumeRoute = defineRoute({
  method: "GET",
  path: "/api/metrics/call-volume",
  roles: figureRoles,
  summary:
    "Calls per day by classification, the numbers with the most prank calls, and how many abandoned calls were called back, over a range",
  query: timeRangeQuerySchema,
  response: callVolumeSchema,
});
