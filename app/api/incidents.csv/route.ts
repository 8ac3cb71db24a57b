// GET /api/incidents.csv?from=&to= - incidents with every time of their response, as a streamed CSV (supervisor, admin)
import { csvRoute } from "@/lib/api/csv-route";
import { incidentsCsv } from "@/lib/audit/incidents-csv";
import { auditRoles } from "@/lib/realtime/rooms";
import { incidentExportQuerySchema } from "@/lib/validations/audit-query";

export const dynamic = "force-dynamic";

export const GET = csvRoute(
  {
    roles: auditRoles,
    query: incidentExportQuerySchema,
    filename: (q) => `incidents-${q.from.slice(0, 10)}-${q.to.slice(0, 10)}.csv`,
  },
  ({ db, query }) => incidentsCsv(db, { from: new Date(query.from), to: new Date(query.to) }),
);
