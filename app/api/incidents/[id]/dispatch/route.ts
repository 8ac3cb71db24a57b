// POST /api/incidents/{id}/dispatch - send a station to the incident
import { apiRoute } from "@/lib/api/api-route";
import { dispatchStationRoute } from "@/lib/api/routes/dispatch";
import { dispatchStation } from "@/lib/dispatch/dispatch-station";

export const dynamic = "force-dynamic";

export const POST = apiRoute(dispatchStationRoute, ({ db, id, user, body }) =>
  dispatchStation(db, user, id, body.stationId),
);
