import type { Db } from "@/db";
import type { AuditRow } from "@/db/queries/audit";
import type { Role } from "@/lib/auth/roles";
import { eventForRole } from "@/lib/calls/caller-number-privacy";
import type { AuditQuery } from "@/lib/validations/audit-query";

import { auditFilterOf } from "./audit-filter";
import { csvStream } from "./csv";
import { auditPages } from "./export-pages";

export const auditCsvHeader = ["seq", "at", "type", "actor", "actor_email", "incident_id", "station_id", "payload"];

/** The audit trail under the query's filters as CSV, each event as the reader's role may see it. */
export function auditCsv(db: Db, role: Role, query: AuditQuery): ReadableStream<Uint8Array> {
  return csvStream(auditCsvHeader, auditPages(db, auditFilterOf(query)), (row: AuditRow) => {
    const event = eventForRole(row, role);
    return [
      row.seq,
      row.at,
      row.type,
      row.actorName,
      row.actorEmail,
      row.incidentId,
      row.stationId,
      JSON.stringify(event.payload),
    ];
  });
}
