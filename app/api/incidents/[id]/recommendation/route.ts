// GET /api/incidents/{id}/recommendation - staffed polsek ranked by travel estimate, as last logged
import { apiRoute } from "@/lib/api/api-route";
import { recommendationRoute } from "@/lib/api/routes/dispatch";
import { currentRecommendation } from "@/lib/dispatch/rank-incident";

export const dynamic = "force-dynamic";

export const GET = apiRoute(recommendationRoute, ({ db, id }) => currentRecommendation(db, id));
