// POST /api/footage-requests/{id}/decision - a supervisor approves or refuses
import { apiRoute } from "@/lib/api/api-route";
import { decideFootageRequestRoute } from "@/lib/api/routes/footage";
import { decideFootageRequest } from "@/lib/footage/footage-requests";

export const dynamic = "force-dynamic";

export const POST = apiRoute(decideFootageRequestRoute, ({ db, user, id, body }) =>
  decideFootageRequest(db, user, id, body),
);
