// GET /api/calls?status= - calls, newest first; POST /api/calls - log a call by hand (no Twilio)
import { listCalls, toCallView } from "@/db/queries/calls";
import { apiRoute } from "@/lib/api/api-route";
import { listCallsRoute, logCallRoute } from "@/lib/api/routes/calls";
import { logCall } from "@/lib/calls/call-actions";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listCallsRoute, async ({ db, user, query }) =>
  (await listCalls(db, query.status, user.id, query.limit)).map(toCallView),
);

export const POST = apiRoute(logCallRoute, ({ db, user, body }) => logCall(db, user, body));
