// POST /api/training/sessions/{id}/end - end a running session; what is left open is scored as it stands
import { apiRoute } from "@/lib/api/api-route";
import { endSessionRoute } from "@/lib/api/routes/training";
import { stopSession } from "@/lib/training/start-session";

export const dynamic = "force-dynamic";

export const POST = apiRoute(endSessionRoute, ({ db, user, id }) => stopSession(db, user, id));
