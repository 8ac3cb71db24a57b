// GET /api/incidents/duplicates?type&lat&lon - open incidents this call may be about (same type, 300 m, 30 min)
import { getDb } from "@/db";
import { findNearbyOpenIncidents } from "@/db/queries/incidents";
import { apiRoute } from "@/lib/api/api-route";
import { DUPLICATE_WITHIN_M, DUPLICATE_WITHIN_MINUTES } from "@/lib/incidents/duplicate-rule";
import { duplicatesQuerySchema } from "@/lib/validations/incident";

export const dynamic = "force-dynamic";

export const GET = apiRoute(["operator", "dispatcher", "supervisor", "monitor"], async ({ req }) => {
  const q = duplicatesQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const incidents = await findNearbyOpenIncidents(getDb(), { ...q, withinM: DUPLICATE_WITHIN_M, withinMinutes: DUPLICATE_WITHIN_MINUTES });
  return Response.json({ incidents });
});
