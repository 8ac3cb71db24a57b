// GET /api/incidents/duplicates?type&lat&lon - open incidents this call may be about (same type, 300 m, 30 min)
import { findNearbyOpenIncidents } from "@/db/queries/incidents";
import { apiRoute } from "@/lib/api/api-route";
import { duplicateIncidentsRoute } from "@/lib/api/routes/incidents";
import { DUPLICATE_WITHIN_M, DUPLICATE_WITHIN_MINUTES } from "@/lib/incidents/duplicate-rule";

export const dynamic = "force-dynamic";

export const GET = apiRoute(duplicateIncidentsRoute, ({ db, user, query }) =>
  findNearbyOpenIncidents(db, {
    ...query,
    viewerId: user.id,
    withinM: DUPLICATE_WITHIN_M,
    withinMinutes: DUPLICATE_WITHIN_MINUTES,
  }),
);
