// POST /api/assignments/{id}/status - an assignment's next step, by its station or a dispatcher
import { apiRoute } from "@/lib/api/api-route";
import { assignmentStatusRoute } from "@/lib/api/routes/dispatch";
import { changeAssignmentStatus } from "@/lib/dispatch/change-assignment-status";

export const dynamic = "force-dynamic";

export const POST = apiRoute(assignmentStatusRoute, ({ db, id, user, body }) =>
  changeAssignmentStatus(db, user, id, body),
);
