// GET /api/metrics/response-times?from&to&groupBy - the response-time figures over a range
import { responseTimes } from "@/db/queries/response-times";
import { apiRoute } from "@/lib/api/api-route";
import { responseTimesRoute } from "@/lib/api/routes/metrics";
import { env } from "@/lib/env";
import { resolveRange } from "@/lib/validations/metrics-query";

export const dynamic = "force-dynamic";

export const GET = apiRoute(responseTimesRoute, ({ db, query }) =>
  responseTimes(db, { ...resolveRange(query, new Date()), groupBy: query.groupBy, targets: env.RESPONSE_TARGETS }),
);
