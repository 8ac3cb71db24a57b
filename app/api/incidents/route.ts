// GET /api/incidents?status=open - incidents, most urgent and oldest first; POST /api/incidents - a new incident
import { getDb } from "@/db";
import { listIncidentViews } from "@/db/queries/incidents";
import { apiRoute } from "@/lib/api/api-route";
import { readJson } from "@/lib/api/read-json";
import { createIncident } from "@/lib/incidents/create-incident";
import { createIncidentSchema, incidentsQuerySchema } from "@/lib/validations/incident";

export const dynamic = "force-dynamic";

export const GET = apiRoute(["operator", "dispatcher", "supervisor", "monitor", "admin"], async ({ req }) => {
  const { status, limit } = incidentsQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return Response.json({ incidents: await listIncidentViews(getDb(), status, limit) });
});

export const POST = apiRoute(["operator", "dispatcher", "supervisor", "monitor"], async ({ req, user }) => {
  const incident = await createIncident(user, await readJson(req, createIncidentSchema));
  return Response.json({ data: incident }, { status: 201 });
});
