// POST /api/incidents/{id}/close - close the incident with its disposition
import { apiRoute } from "@/lib/api/api-route";
import { closeIncidentRoute } from "@/lib/api/routes/dispatch";
import { closeIncident } from "@/lib/incidents/close-incident";

export const dynamic = "force-dynamic";

export const POST = apiRoute(closeIncidentRoute, ({ db, id, user, body }) => closeIncident(db, user, id, body));
