// GET /api/incidents/{id}/eido - the incident as a NENA EIDO JSON document
import { apiRoute } from "@/lib/api/api-route";
import { incidentEidoRoute } from "@/lib/api/routes/incidents";
import { buildEido } from "@/lib/eido/build-eido";
import { readIncidentRecord } from "@/lib/incidents/read-incident-record";

export const dynamic = "force-dynamic";

export const GET = apiRoute(incidentEidoRoute, async ({ db, id, user }) =>
  buildEido((await readIncidentRecord(db, id)).source, { role: user.role, issuedAt: new Date().toISOString() }),
);
