// POST /api/calls/{id}/release - hand an answered, unfinished call over: it rings again for every call-taker
import { apiRoute } from "@/lib/api/api-route";
import { releaseCallRoute } from "@/lib/api/routes/calls";
import { releaseCall } from "@/lib/calls/call-actions";

export const dynamic = "force-dynamic";

export const POST = apiRoute(releaseCallRoute, ({ db, id, user }) => releaseCall(db, id, user));
