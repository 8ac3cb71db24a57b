import { stationStaffingSchema } from "@/lib/validations/station-staffing";

import { defineRoute } from "../define-route";
import { everyRole } from "./common";

export const stationStaffingRoute = defineRoute({
  method: "POST",
  path: "/api/stations/{id}/staffing",
  roles: everyRole,
  summary: "Mark a station staffed or not (dispatcher, supervisor, admin; a polsek officer their own station)",
  body: stationStaffingSchema.pick({ staffed: true }),
  response: stationStaffingSchema,
});
