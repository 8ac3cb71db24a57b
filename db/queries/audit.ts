import { and, desc, eq, gte, like, lt, type SQL } from "drizzle-orm";

import type { LoggedEvent } from "@/lib/realtime/events";

import type { Executor } from "../client";
import { eventLog, user } from "../schema";

export interface AuditFilter {
  /** The actor's user id. */
  user?: string | undefined;
  /** An event type, or a family of them when it ends with a dot. */
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Keyset paging: events with a smaller sequence number only. */
  before?: number | undefined;
}

export type AuditRow = LoggedEvent & { actorName: string | null; actorEmail: string | null };

// Generated history (`npm run history`) is no one's action and stays out of the trail.
const auditWhere = (f: AuditFilter): SQL | undefined =>
  and(
    eq(eventLog.generated, false),
    f.user ? eq(eventLog.actorId, f.user) : undefined,
    f.action ? (f.action.endsWith(".") ? like(eventLog.type, `${f.action}%`) : eq(eventLog.type, f.action)) : undefined,
    f.from ? gte(eventLog.at, f.from) : undefined,
    f.to ? lt(eventLog.at, f.to) : undefined,
    f.before ? lt(eventLog.seq, f.before) : undefined,
  );

/** One page of the audit trail, newest first, with each actor's name and email. */
export async function listAuditEvents(db: Executor, filter: AuditFilter, limit: number): Promise<AuditRow[]> {
  const rows = await db
    .select({ event: eventLog, actorName: user.name, actorEmail: user.email })
    .from(eventLog)
    .leftJoin(user, eq(user.id, eventLog.actorId))
    .where(auditWhere(filter))
    .orderBy(desc(eventLog.seq))
    .limit(limit);
  return rows.map(({ event, actorName, actorEmail }) => ({
    seq: Number(event.seq),
    type: event.type,
    payload: event.payload,
    incidentId: event.incidentId,
    stationId: event.stationId,
    actorId: event.actorId,
    at: event.at.toISOString(),
    actorName,
    actorEmail,
  })) as AuditRow[];
}
