// POST /api/calls/{id}/classify - prank, info or abandoned: the call ends without an incident
import { apiRoute } from "@/lib/api/api-route";
import { idParam } from "@/lib/api/id-param";
import { readJson } from "@/lib/api/read-json";
import { classifyCall } from "@/lib/calls/call-actions";
import { classifyCallSchema } from "@/lib/validations/calls";

export const POST = apiRoute<{ id: string }>(["operator", "supervisor"], async ({ req, user, params }) =>
  Response.json({ data: await classifyCall(idParam(params.id), user, await readJson(req, classifyCallSchema)) }));
