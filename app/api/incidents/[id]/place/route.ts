// POST /api/incidents/{id}/place - the place corrected, with its reason; stations ranked again
import { apiRoute } from "@/lib/api/api-route";
import { moveIncidentRoute } from "@/lib/api/routes/dispatch";
import { moveIncident } from "@/lib/incidents/move-incident";

export const dynamic = "force-dynamic";

export const POST = apiRoute(moveIncidentRoute, ({ db, id, user, body }) => moveIncident(db, user, id, body));
