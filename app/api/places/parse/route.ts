// GET /api/places/parse?text= - a place in any form it arrives in, to its point and its areas
import { apiRoute } from "@/lib/api/api-route";
import { parsePlaceRoute } from "@/lib/api/routes/places";
import { parsePlace } from "@/lib/places/parse-place";

export const dynamic = "force-dynamic";

export const GET = apiRoute(parsePlaceRoute, ({ db, query }) => parsePlace(db, query.text));
