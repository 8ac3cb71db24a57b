// GET /api/places/search?q=&lat=&lon= - gazetteer places by name as typed, for the place field
import { apiRoute } from "@/lib/api/api-route";
import { searchPlacesRoute } from "@/lib/api/routes/places";
import { searchPlaces } from "@/lib/places/search-places";

export const dynamic = "force-dynamic";

export const GET = apiRoute(searchPlacesRoute, ({ db, query }) =>
  searchPlaces(
    db,
    query.q,
    query.lat !== undefined && query.lon !== undefined ? { lat: query.lat, lon: query.lon } : null,
    query.limit,
  ),
);
