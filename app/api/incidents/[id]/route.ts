// GET /api/incidents/{id} - one incident with its calls, assignments and timeline
import { getDb } from "@/db";
import { callsOfIncident, toCallView } from "@/db/queries/calls";
import { getIncidentView } from "@/db/queries/incidents";
import { incidentTimeline } from "@/db/queries/incident-timeline";
import { notFound } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import { idParam } from "@/lib/api/id-param";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(["operator", "dispatcher", "supervisor", "monitor", "admin"], async ({ params }) => {
  const id = idParam(params.id);
  const incident = await getIncidentView(getDb(), id);
  if (!incident) throw notFound(`Incident ${id}`);
  const [calls, timeline] = await Promise.all([callsOfIncident(getDb(), id), incidentTimeline(getDb(), id)]);
  return Response.json({ ...incident, calls: calls.map(toCallView), assignments: [], timeline });
});
