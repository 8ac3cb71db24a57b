// GET /api/incidents?status=open - incidents, most urgent and oldest first; POST /api/incidents - a new incident
import { listIncidentViews } from "@/db/queries/incidents";
import { apiRoute } from "@/lib/api/api-route";
import { createIncidentRoute, listIncidentsRoute } from "@/lib/api/routes/incidents";
import { createIncident } from "@/lib/incidents/create-incident";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listIncidentsRoute, ({ db, user, query }) =>
  listIncidentViews(db, query.status, user.id, query.limit),
);

export const POST = apiRoute(createIncidentRoute, ({ db, user, body }) => createIncident(db, user, body));
