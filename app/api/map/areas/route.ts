// GET /api/map/areas - kota and kecamatan boundaries (or points) as GeoJSON
import { areaFeatures } from "@/db/queries/map-layers";
import { apiRoute } from "@/lib/api/api-route";
import { mapAreasRoute } from "@/lib/api/routes/map";

export const dynamic = "force-dynamic";

export const GET = apiRoute(mapAreasRoute, ({ db }) => areaFeatures(db));
