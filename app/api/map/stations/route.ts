// GET /api/map/stations - every station with its place and staffing
import { listStations } from "@/db/queries/stations";
import { apiRoute } from "@/lib/api/api-route";
import { mapStationsRoute } from "@/lib/api/routes/map";

export const dynamic = "force-dynamic";

export const GET = apiRoute(mapStationsRoute, ({ db }) => listStations(db));
