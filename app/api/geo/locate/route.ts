// GET /api/geo/locate?lat&lon - the kelurahan, kecamatan and kota that hold a point
import { locatePoint } from "@/db/queries/locate-point";
import { apiRoute } from "@/lib/api/api-route";
import { locatePointRoute } from "@/lib/api/routes/places";

export const dynamic = "force-dynamic";

export const GET = apiRoute(locatePointRoute, ({ db, query }) => locatePoint(db, query.lat, query.lon));
