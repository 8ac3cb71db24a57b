// GET /api/audit - the audit trail, filtered and paged (supervisor, admin)
import { apiRoute } from "@/lib/api/api-route";
import { auditRoute } from "@/lib/api/routes/audit";
import { readAuditPage } from "@/lib/audit/read-audit-page";

export const dynamic = "force-dynamic";

export const GET = apiRoute(auditRoute, ({ db, user, query }) => readAuditPage(db, user.role, query));
