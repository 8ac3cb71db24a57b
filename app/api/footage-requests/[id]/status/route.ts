// POST /api/footage-requests/{id}/status - the letter sent to the owner, the footage received or refused
import { apiRoute } from "@/lib/api/api-route";
import { followUpFootageRequestRoute } from "@/lib/api/routes/footage";
import { followUpFootageRequest } from "@/lib/footage/footage-requests";

export const dynamic = "force-dynamic";

export const POST = apiRoute(followUpFootageRequestRoute, ({ db, user, id, body }) =>
  followUpFootageRequest(db, user, id, body),
);
