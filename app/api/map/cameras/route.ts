// GET /api/map/cameras - every camera as [lon, lat, id, flags], for the clustered map layer
import { compactCameras } from "@/db/queries/map-layers";
import { apiRoute } from "@/lib/api/api-route";
import { mapCamerasRoute } from "@/lib/api/routes/map";

export const dynamic = "force-dynamic";

export const GET = apiRoute(mapCamerasRoute, ({ db }) => compactCameras(db));
