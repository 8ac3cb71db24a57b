// POST /api/assignments/{id}/escalation - answer the alert on a job not acknowledged in time
import { apiRoute } from "@/lib/api/api-route";
import { escalationRoute } from "@/lib/api/routes/dispatch";
import { handleEscalation } from "@/lib/dispatch/handle-escalation";

export const dynamic = "force-dynamic";

export const POST = apiRoute(escalationRoute, ({ db, id, user, body }) => handleEscalation(db, user, id, body));
