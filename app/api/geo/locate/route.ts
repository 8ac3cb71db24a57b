// GET /api/geo/locate?lat&lon - the kelurahan, kecamatan and kota that hold a point, at sea or next door
import { apiRoute } from "@/lib/api/api-route";
import { locatePointRoute } from "@/lib/api/routes/places";
import { locatePlace } from "@/lib/geo/locate-place";

export const dynamic = "force-dynamic";

export const GET = apiRoute(locatePointRoute, ({ db, query }) => locatePlace(db, query.lat, query.lon));
