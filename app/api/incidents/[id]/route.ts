// GET /api/incidents/{id} - one incident with its calls, assignments and timeline
import { assignmentsOfIncident } from "@/db/queries/assignments";
import { callsOfIncident, toCallView } from "@/db/queries/calls";
import { incidentTimeline } from "@/db/queries/events";
import { getIncidentView } from "@/db/queries/incidents";
import { notFound } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import { getIncidentRoute } from "@/lib/api/routes/incidents";
import { callForRole, eventForRole } from "@/lib/calls/caller-number-privacy";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getIncidentRoute, async ({ db, id, user }) => {
  const incident = await getIncidentView(db, id);
  if (!incident) throw notFound(`Incident ${id}`);
  const [calls, assignments, timeline] = await Promise.all([
    callsOfIncident(db, id),
    assignmentsOfIncident(db, id),
    incidentTimeline(db, id),
  ]);
  // A training incident is its trainee's (and the supervisors' who review it): to others it does not exist.
  if (incident.training && user.role !== "supervisor" && !timeline.some((e) => e.traineeId === user.id))
    throw notFound(`Incident ${id}`);
  // A monitor or an admin reads the incident without its callers' numbers.
  return {
    ...incident,
    calls: calls.map((c) => callForRole(toCallView(c), user.role)),
    assignments,
    timeline: timeline.map((e) => eventForRole(e, user.role)),
  };
});
