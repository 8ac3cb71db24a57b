import type { AuditFilter } from "@/db/queries/audit";
import type { AuditQuery } from "@/lib/validations/audit-query";

/** The query string's filters as the database reads them. */
export const auditFilterOf = (q: AuditQuery): AuditFilter => ({
  user: q.user,
  action: q.action,
  from: q.from ? new Date(q.from) : undefined,
  to: q.to ? new Date(q.to) : undefined,
  before: q.before,
});
