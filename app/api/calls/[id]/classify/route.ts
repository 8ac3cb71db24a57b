// POST /api/calls/{id}/classify - prank, info or abandoned: the call ends without an incident
import { apiRoute } from "@/lib/api/api-route";
import { classifyCallRoute } from "@/lib/api/routes/calls";
import { classifyCall } from "@/lib/calls/call-actions";

export const dynamic = "force-dynamic";

export const POST = apiRoute(classifyCallRoute, ({ db, id, user, body }) => classifyCall(db, id, user, body));
