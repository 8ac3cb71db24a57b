// POST /api/stations/{id} - edit a station's address, numbers, jurisdiction and position (admin)
import { apiRoute } from "@/lib/api/api-route";
import { editStationRoute } from "@/lib/api/routes/admin";
import { editStation } from "@/lib/stations/edit-station";

export const dynamic = "force-dynamic";

export const POST = apiRoute(editStationRoute, ({ db, user, id, body }) => editStation(db, user, id, body));
