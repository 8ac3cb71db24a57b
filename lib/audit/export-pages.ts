import type { Db } from "@/db";
import { type AuditFilter, type AuditRow, listAuditEvents } from "@/db/queries/audit";
import { incidentExportPage, type IncidentExportRow } from "@/db/queries/incident-export";

// Pages small enough to hold one at a time, large enough that a year takes few round trips.
const PAGE = 1_000;

/** The audit trail under a filter, newest first, a page at a time (keyset on seq). */
export async function* auditPages(db: Db, filter: AuditFilter): AsyncGenerator<AuditRow[]> {
  let before = filter.before;
  for (;;) {
    const rows = await listAuditEvents(db, { ...filter, before }, PAGE);
    if (rows.length) yield rows;
    if (rows.length < PAGE) return;
    before = rows[rows.length - 1]!.seq;
  }
}

/** The incidents created in a range, oldest first, a page at a time. */
export async function* incidentPages(db: Db, range: { from: Date; to: Date }): AsyncGenerator<IncidentExportRow[]> {
  let after: { createdAt: string; id: number } | null = null;
  for (;;) {
    const rows = await incidentExportPage(db, range, after, PAGE);
    if (rows.length) yield rows;
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1]!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}
