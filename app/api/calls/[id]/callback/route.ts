// POST /api/calls/{id}/callback - an abandoned call has been rung back: off the callback list
import { apiRoute } from "@/lib/api/api-route";
import { idParam } from "@/lib/api/id-param";
import { markCalledBack } from "@/lib/calls/call-actions";

export const POST = apiRoute<{ id: string }>(["operator", "supervisor"], async ({ user, params }) =>
  Response.json({ data: await markCalledBack(idParam(params.id), user) }));
