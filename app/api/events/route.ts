// GET /api/events?after=SEQ - the committed events after a sequence number, in order
import { getDb } from "@/db";
import { listEventsAfter } from "@/db/queries/events";
import { apiRoute } from "@/lib/api/api-route";
import { roles } from "@/lib/auth/roles";
import { eventScopeFor } from "@/lib/realtime/rooms";
import { eventsQuerySchema } from "@/lib/validations/events";

export const dynamic = "force-dynamic";

export const GET = apiRoute(roles, async ({ req, user }) => {
  const { after, limit } = eventsQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const events = await listEventsAfter(getDb(), after, eventScopeFor(user), limit);
  return Response.json({ events, more: events.length === limit });
});
