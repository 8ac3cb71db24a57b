// GET /api/incidents/{id} - one incident with its calls, assignments and timeline
import { assignmentsOfIncident } from "@/db/queries/assignments";
import { callsOfIncident, toCallView } from "@/db/queries/calls";
import { incidentTimeline } from "@/db/queries/events";
import { getIncidentView } from "@/db/queries/incidents";
import { notFound } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import { getIncidentRoute } from "@/lib/api/routes/incidents";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getIncidentRoute, async ({ db, id }) => {
  const incident = await getIncidentView(db, id);
  if (!incident) throw notFound(`Incident ${id}`);
  const [calls, assignments, timeline] = await Promise.all([
    callsOfIncident(db, id),
    assignmentsOfIncident(db, id),
    incidentTimeline(db, id),
  ]);
  return { ...incident, calls: calls.map(toCallView), assignments, timeline };
});
