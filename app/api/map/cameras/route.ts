// GET /api/map/cameras - every camera as [lon, lat, id, flags], for the clustered map layer
import { getDb } from "@/db";
import { compactCameras } from "@/db/queries/map-layers";
import { apiRoute } from "@/lib/api/api-route";
import { roles } from "@/lib/auth/roles";

export const dynamic = "force-dynamic";
export const GET = apiRoute(roles, async () => Response.json(await compactCameras(getDb())));
