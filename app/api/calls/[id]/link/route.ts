// POST /api/calls/{id}/link - the call reports an incident already open: put it on that incident's timeline
import { apiRoute } from "@/lib/api/api-route";
import { linkCallRoute } from "@/lib/api/routes/calls";
import { linkCallToIncident } from "@/lib/incidents/link-call";

export const dynamic = "force-dynamic";

export const POST = apiRoute(linkCallRoute, ({ db, id, user, body }) =>
  linkCallToIncident(db, id, body.incidentId, user),
);
