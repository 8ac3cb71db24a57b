// GET /api/metrics/call-volume?from&to - calls per day by class, prank callers, callbacks
import { callVolume } from "@/db/queries/call-volume";
import { apiRoute } from "@/lib/api/api-route";
import { callVolumeRoute } from "@/lib/api/routes/metrics";
import { resolveRange } from "@/lib/validations/metrics-query";

export const dynamic = "force-dynamic";

export const GET = apiRoute(callVolumeRoute, ({ db, query }) => callVolume(db, resolveRange(query, new Date())));
