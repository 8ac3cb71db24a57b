// GET /api/calls?status= - calls, newest first; POST /api/calls - log a call by hand (no Twilio)
import { getDb } from "@/db";
import { listCalls, toCallView } from "@/db/queries/calls";
import { apiRoute } from "@/lib/api/api-route";
import { readJson } from "@/lib/api/read-json";
import { logCall } from "@/lib/calls/call-actions";
import { callsQuerySchema, logCallSchema } from "@/lib/validations/calls";

export const dynamic = "force-dynamic";

export const GET = apiRoute(["operator", "dispatcher", "supervisor"], async ({ req }) => {
  const { status, limit } = callsQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return Response.json({ calls: (await listCalls(getDb(), status, limit)).map(toCallView) });
});

export const POST = apiRoute(["operator", "supervisor"], async ({ req, user }) => {
  const call = await logCall(user, await readJson(req, logCallSchema));
  return Response.json({ data: call }, { status: 201 });
});
