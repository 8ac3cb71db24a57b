// GET /api/areas/search?q= - kelurahan and kecamatan by name, for the place field's completion
import { searchAreas } from "@/db/queries/search-areas";
import { apiRoute } from "@/lib/api/api-route";
import { searchAreasRoute } from "@/lib/api/routes/places";

export const dynamic = "force-dynamic";

export const GET = apiRoute(searchAreasRoute, ({ db, query }) => searchAreas(db, query.q));
