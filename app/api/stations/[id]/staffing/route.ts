// POST /api/stations/{id}/staffing - mark a station staffed or not (dispatcher, supervisor, admin, own polsek)
import { apiRoute } from "@/lib/api/api-route";
import { stationStaffingRoute } from "@/lib/api/routes/stations";
import { setStationStaffing } from "@/lib/stations/set-station-staffing";

export const dynamic = "force-dynamic";

export const POST = apiRoute(stationStaffingRoute, ({ db, id, user, body }) =>
  setStationStaffing(db, user, { stationId: id, staffed: body.staffed }),
);
