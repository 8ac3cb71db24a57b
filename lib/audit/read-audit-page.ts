import type { Db } from "@/db";
import { type AuditRow, listAuditEvents } from "@/db/queries/audit";
import type { Role } from "@/lib/auth/roles";
import { eventForRole } from "@/lib/calls/caller-number-privacy";
import type { AuditQuery } from "@/lib/validations/audit-query";

import { auditFilterOf } from "./audit-filter";

export interface AuditPage {
  events: AuditRow[];
  /** The `before` of the next (older) page, or null when this is the last. */
  nextBefore: number | null;
}

/** One page of the trail, newest first; a call's number as the reader's role may see it. */
export async function readAuditPage(db: Db, role: Role, query: AuditQuery): Promise<AuditPage> {
  const rows = await listAuditEvents(db, auditFilterOf(query), query.limit + 1);
  const page = rows.slice(0, query.limit);
  const events = page.map((row) => ({
    ...eventForRole(row, role),
    actorName: row.actorName,
    actorEmail: row.actorEmail,
  }));
  return { events: events, nextBefore: rows.length > query.limit ? page[page.length - 1]!.seq : null };
}
