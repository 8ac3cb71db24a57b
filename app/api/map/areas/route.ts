// GET /api/map/areas - kota and kecamatan boundaries (or points) as GeoJSON
import { getDb } from "@/db";
import { areaFeatures } from "@/db/queries/map-layers";
import { apiRoute } from "@/lib/api/api-route";
import { roles } from "@/lib/auth/roles";

export const dynamic = "force-dynamic";
export const GET = apiRoute(roles, async () => Response.json(await areaFeatures(getDb())));
