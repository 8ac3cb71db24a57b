// GET /api/calls/{id}/history - earlier calls from the same number and how they were classified
import { callerHistory, getCall, toCallView } from "@/db/queries/calls";
import { notFound } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import { callerHistoryRoute } from "@/lib/api/routes/calls";
import { repeatedPrankCaller } from "@/lib/calls/caller-flags";

export const dynamic = "force-dynamic";

export const GET = apiRoute(callerHistoryRoute, async ({ db, id }) => {
  const call = await getCall(db, id);
  if (!call) throw notFound(`Call ${id}`);
  const history = await callerHistory(db, call.callerNumber, call.id);
  return {
    callerNumber: call.callerNumber,
    calls: history.calls.map(toCallView),
    counts: history.counts,
    repeatedPrank: repeatedPrankCaller(history.counts),
  };
});
