// POST /api/calls/{id}/answer - a call-taker takes a ringing call
import { apiRoute } from "@/lib/api/api-route";
import { idParam } from "@/lib/api/id-param";
import { answerCall } from "@/lib/calls/call-actions";

export const POST = apiRoute<{ id: string }>(["operator", "supervisor"], async ({ user, params }) =>
  Response.json({ data: await answerCall(idParam(params.id), user) }));
