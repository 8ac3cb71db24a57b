// GET /api/calls/{id}/history - earlier calls from the same number and how they were classified
import { getDb } from "@/db";
import { callerHistory, getCall, toCallView } from "@/db/queries/calls";
import { notFound } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import { idParam } from "@/lib/api/id-param";
import { repeatedPrankCaller } from "@/lib/calls/caller-flags";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(["operator", "dispatcher", "supervisor"], async ({ params }) => {
  const call = await getCall(getDb(), idParam(params.id));
  if (!call) throw notFound(`Call ${params.id}`);
  const history = await callerHistory(getDb(), call.callerNumber, call.id);
  return Response.json({ callerNumber: call.callerNumber, calls: history.calls.map(toCallView), counts: history.counts, repeatedPrank: repeatedPrankCaller(history.counts) });
});
