// GET /api/incidents/{id}/recommendation - staffed polsek ranked by travel estimate
import { apiRoute } from "@/lib/api/api-route";
import { recommendationRoute } from "@/lib/api/routes/dispatch";
import { recommendStations } from "@/lib/dispatch/recommend-stations";

export const dynamic = "force-dynamic";

export const GET = apiRoute(recommendationRoute, ({ db, id }) => recommendStations(db, id));
