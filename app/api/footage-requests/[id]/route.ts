// GET /api/footage-requests/{id} - one footage request
import { apiRoute } from "@/lib/api/api-route";
import { getFootageRequestRoute } from "@/lib/api/routes/footage";
import { getFootageRequest } from "@/lib/footage/footage-requests";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getFootageRequestRoute, ({ db, user, id }) => getFootageRequest(db, user, id));
