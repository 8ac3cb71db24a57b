// GET /api/map/cameras - how many cameras the map's tiles draw, for its legend
import { cameraMapSummary } from "@/db/queries/map-layers";
import { apiRoute } from "@/lib/api/api-route";
import { mapCamerasRoute } from "@/lib/api/routes/map";

export const dynamic = "force-dynamic";

export const GET = apiRoute(mapCamerasRoute, ({ db }) => cameraMapSummary(db));
