// GET /api/escalations - the open alerts, for a dispatcher's screen opening
import { listOpenEscalations } from "@/db/queries/escalations";
import { apiRoute } from "@/lib/api/api-route";
import { openEscalationsRoute } from "@/lib/api/routes/dispatch";

export const dynamic = "force-dynamic";

export const GET = apiRoute(openEscalationsRoute, ({ db }) => listOpenEscalations(db));
