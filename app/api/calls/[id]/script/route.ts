// GET /api/calls/{id}/script - the caller's lines of a training call, for its trainee
import { apiRoute } from "@/lib/api/api-route";
import { callScriptRoute } from "@/lib/api/routes/training";
import { callScript } from "@/lib/training/call-script";

export const dynamic = "force-dynamic";

export const GET = apiRoute(callScriptRoute, ({ db, user, id }) => callScript(db, user, id));
