// GET /api/incidents/{id}/eido - the incident as a NENA EIDO JSON document
import { ApiError } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import { incidentEidoRoute } from "@/lib/api/routes/incidents";
import { buildEido } from "@/lib/eido/build-eido";
import { readIncidentRecord } from "@/lib/incidents/read-incident-record";
import { isTraining } from "@/lib/training/is-training";

export const dynamic = "force-dynamic";

export const GET = apiRoute(incidentEidoRoute, async ({ db, id, user }) => {
  const { source } = await readIncidentRecord(db, id);
  // A drill is never exchanged with another centre.
  if (isTraining(source.incident))
    throw new ApiError(409, "conflict", `Incident ${id} is a training drill: it is not exported.`);
  return buildEido(source, { role: user.role, issuedAt: new Date().toISOString() });
});
