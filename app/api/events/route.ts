// GET /api/events?after=SEQ - the logged events after a sequence number, in order
import { listEventsAfter } from "@/db/queries/events";
import { apiRoute } from "@/lib/api/api-route";
import { eventsAfterRoute } from "@/lib/api/routes/events";
import { eventForRole } from "@/lib/calls/caller-number-privacy";
import { eventScopeFor } from "@/lib/realtime/rooms";

export const dynamic = "force-dynamic";

export const GET = apiRoute(eventsAfterRoute, async ({ db, user, query: { after, limit } }) => {
  const events = await listEventsAfter(db, after, eventScopeFor(user), limit);
  // A call's number as the user's role may see it, as on their socket.
  return { events: events.map((e) => eventForRole(e, user.role)), more: events.length === limit };
});
