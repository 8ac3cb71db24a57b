// POST /api/calls/{id}/link - the call reports an incident already open: put it on that incident's timeline
import { apiRoute } from "@/lib/api/api-route";
import { idParam } from "@/lib/api/id-param";
import { readJson } from "@/lib/api/read-json";
import { linkCallToIncident } from "@/lib/incidents/link-call";
import { linkCallSchema } from "@/lib/validations/calls";

export const POST = apiRoute<{ id: string }>(["operator", "supervisor"], async ({ req, user, params }) => {
  const { incidentId } = await readJson(req, linkCallSchema);
  return Response.json({ data: await linkCallToIncident(idParam(params.id), incidentId, user) });
});
