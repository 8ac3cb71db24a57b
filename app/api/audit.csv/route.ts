// GET /api/audit.csv - the audit trail under the same filters, as a streamed CSV (supervisor, admin)
import { csvRoute } from "@/lib/api/csv-route";
import { auditCsv } from "@/lib/audit/audit-csv";
import { auditRoles } from "@/lib/realtime/rooms";
import { auditQuerySchema } from "@/lib/validations/audit-query";

export const dynamic = "force-dynamic";

export const GET = csvRoute(
  { roles: auditRoles, query: auditQuerySchema, filename: () => `audit-${new Date().toISOString().slice(0, 10)}.csv` },
  ({ db, user, query }) => auditCsv(db, user.role, query),
);
