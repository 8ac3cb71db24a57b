// POST /api/calls/{id}/location-link - a one-time link for the caller to send their location
import { apiRoute } from "@/lib/api/api-route";
import { locationLinkRoute } from "@/lib/api/routes/calls";
import { makeLocationLink } from "@/lib/calls/caller-location-link";

export const dynamic = "force-dynamic";

export const POST = apiRoute(locationLinkRoute, ({ db, id, user }) => makeLocationLink(db, user, id));
