// POST /api/calls/{id}/callback - an abandoned call has been rung back: off the callback list
import { apiRoute } from "@/lib/api/api-route";
import { calledBackRoute } from "@/lib/api/routes/calls";
import { markCalledBack } from "@/lib/calls/call-actions";

export const dynamic = "force-dynamic";

export const POST = apiRoute(calledBackRoute, ({ db, id, user }) => markCalledBack(db, id, user));
