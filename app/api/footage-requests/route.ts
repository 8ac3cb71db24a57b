// GET /api/footage-requests - the requests, flagged near their overwrite date; POST - a new request
import { apiRoute } from "@/lib/api/api-route";
import { createFootageRequestRoute, listFootageRequestsRoute } from "@/lib/api/routes/footage";
import { createFootageRequest, listFootageRequests } from "@/lib/footage/footage-requests";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listFootageRequestsRoute, ({ db, user, query }) => listFootageRequests(db, user, query));

export const POST = apiRoute(createFootageRequestRoute, ({ db, user, body }) => createFootageRequest(db, user, body));
