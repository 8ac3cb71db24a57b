// POST /api/assignments/{id}/move - another station in place of this one, with a reason
import { apiRoute } from "@/lib/api/api-route";
import { moveAssignmentRoute } from "@/lib/api/routes/dispatch";
import { reassignStation } from "@/lib/dispatch/change-assignment-status";

export const dynamic = "force-dynamic";

export const POST = apiRoute(moveAssignmentRoute, ({ db, id, user, body }) => reassignStation(db, user, id, body));
