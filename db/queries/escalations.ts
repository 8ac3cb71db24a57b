import { and, asc, eq, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";

import type { OpenEscalation } from "@/lib/dispatch/escalation-view";
import type { RecommendedStation } from "@/lib/dispatch/recommendation-view";
import { activeAssignmentStatuses } from "@/lib/dispatch/vocabulary";

import type { Executor } from "../client";
import { assignments } from "../schema";
import { getAssignmentView } from "./assignments";
import { getIncidentView } from "./incidents";

const overdue = (now: Date) =>
  and(eq(assignments.status, "dispatched"), isNull(assignments.escalatedAt), lte(assignments.ackDueAt, now));

/** Jobs past their acknowledgement deadline at `now` that raised no alert yet, the longest overdue first. */
export async function overdueAssignments(
  db: Executor,
  now: Date,
  limit = 100,
): Promise<{ id: number; incidentId: number }[]> {
  return db
    .select({ id: assignments.id, incidentId: assignments.incidentId })
    .from(assignments)
    .where(overdue(now))
    .orderBy(asc(assignments.ackDueAt))
    .limit(limit);
}

// SKIP LOCKED: a job another console process is escalating right now (or its station is
// acknowledging) is passed over, not waited on and then escalated a second time.
/** Locks the job for its alert; false when it is no longer overdue or another transaction holds it. */
export async function lockOverdueAssignment(db: Executor, id: number, now: Date): Promise<boolean> {
  const rows = await db
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.id, id), overdue(now)))
    .for("no key update", { skipLocked: true });
  return rows.length > 0;
}

export async function markEscalated(db: Executor, id: number, at: Date): Promise<void> {
  await db.update(assignments).set({ escalatedAt: at }).where(eq(assignments.id, id));
}

/** Stations working the incident now: not to be offered again. */
export async function activeStationIdsOfIncident(db: Executor, incidentId: number): Promise<number[]> {
  const rows = await db
    .select({ stationId: assignments.stationId })
    .from(assignments)
    .where(and(eq(assignments.incidentId, incidentId), inArray(assignments.status, [...activeAssignmentStatuses])));
  return rows.map((r) => r.stationId);
}

const openAlert = and(
  eq(assignments.status, "dispatched"),
  isNotNull(assignments.escalatedAt),
  isNull(assignments.escalationHandledAt),
);

/** Locks a job whose alert is open (raised, unanswered, still unacknowledged); its status, or null. */
export async function lockOpenEscalation(db: Executor, id: number): Promise<{ open: boolean; status: string } | null> {
  const [row] = await db
    .select({
      status: assignments.status,
      escalatedAt: assignments.escalatedAt,
      handledAt: assignments.escalationHandledAt,
    })
    .from(assignments)
    .where(eq(assignments.id, id))
    .for("no key update");
  if (!row) return null;
  return { status: row.status, open: row.status === "dispatched" && !!row.escalatedAt && !row.handledAt };
}

/** Another period to acknowledge: a new deadline, and a new alert if that one passes too. */
export async function postponeAcknowledgement(db: Executor, id: number, dueAt: Date): Promise<void> {
  await db.update(assignments).set({ ackDueAt: dueAt, escalatedAt: null }).where(eq(assignments.id, id));
}

export async function markEscalationHandled(db: Executor, id: number, at: Date): Promise<void> {
  await db.update(assignments).set({ escalationHandledAt: at }).where(eq(assignments.id, id));
}

/**
 * The alerts a dispatcher's screen shows on opening: what each `assignment.escalated` event
 * carried, with the job and incident as they are now and the station offered then.
 */
export async function listOpenEscalations(db: Executor): Promise<OpenEscalation[]> {
  const open = await db
    .select({
      id: assignments.id,
      incidentId: assignments.incidentId,
      // The offer made with the latest alert on this job.
      next: sql<RecommendedStation | null>`(
        SELECT e.payload->'next' FROM incident_events e
        WHERE e.incident_id = ${assignments.incidentId} AND e.type = 'assignment.escalated'
          AND (e.payload->'assignment'->>'id')::int = ${assignments.id}
        ORDER BY e.seq DESC LIMIT 1)`,
    })
    .from(assignments)
    .where(openAlert)
    .orderBy(asc(assignments.escalatedAt), asc(assignments.id));
  const alerts: OpenEscalation[] = [];
  for (const row of open) {
    const [assignment, incident] = [await getAssignmentView(db, row.id), await getIncidentView(db, row.incidentId)];
    if (assignment && incident) alerts.push({ assignment, incident, next: row.next ?? null });
  }
  return alerts;
}
