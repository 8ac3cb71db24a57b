import { and, asc, eq, isNull, type SQL, sql } from "drizzle-orm";

import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import type { AssignmentOutcome, AssignmentStatus } from "@/lib/dispatch/vocabulary";

import type { Executor } from "../client";
import { assignments, incidents, stations } from "../schema";

const iso = (d: Date | null) => d?.toISOString() ?? null;

async function selectViews(db: Executor, where: SQL | undefined): Promise<AssignmentView[]> {
  const rows = await db
    .select({ a: assignments, stationCode: stations.code, stationName: stations.name })
    .from(assignments)
    .innerJoin(stations, eq(stations.id, assignments.stationId))
    .where(where)
    .orderBy(asc(assignments.dispatchedAt), asc(assignments.id));
  return rows.map(({ a, stationCode, stationName }) => ({
    id: a.id,
    incidentId: a.incidentId,
    stationId: a.stationId,
    stationCode,
    stationName,
    status: a.status,
    dispatcherId: a.dispatcherId,
    dispatchedAt: a.dispatchedAt.toISOString(),
    acknowledgedAt: iso(a.acknowledgedAt),
    enRouteAt: iso(a.enRouteAt),
    onSceneAt: iso(a.onSceneAt),
    clearedAt: iso(a.clearedAt),
    cancelledAt: iso(a.cancelledAt),
    unit: a.unit,
    outcome: a.outcome,
    fieldReport: a.fieldReport,
    note: a.note,
    ackDueAt: iso(a.ackDueAt),
    escalatedAt: iso(a.escalatedAt),
    escalationHandledAt: iso(a.escalationHandledAt),
  }));
}

/** Every station's assignment to one incident, in the order they were dispatched. */
export const assignmentsOfIncident = (db: Executor, incidentId: number) =>
  selectViews(db, eq(assignments.incidentId, incidentId));

/** The assignments of every incident still open: the dispatcher's board (with the viewer's own drills). */
export const assignmentsOfOpenIncidents = (db: Executor, viewerId: string) =>
  selectViews(
    db,
    and(
      sql`${assignments.incidentId} IN (SELECT id FROM incidents WHERE status NOT IN ('closed', 'cancelled'))`,
      sql`(${assignments.traineeId} IS NULL OR ${assignments.traineeId} = ${viewerId})`,
    ),
  );

/** A station's jobs: those it is still working, and those it finished in the last `hours`. */
export const jobsOfStation = (db: Executor, stationId: number, hours: number) =>
  selectViews(
    db,
    and(
      eq(assignments.stationId, stationId),
      // A trainee's "dispatch" to this station never reaches its screen.
      isNull(assignments.traineeId),
      sql`(${assignments.status} IN ('dispatched', 'acknowledged', 'en_route', 'on_scene')
           OR coalesce(${assignments.clearedAt}, ${assignments.cancelledAt}) > now() - make_interval(hours => ${hours}))`,
    ),
  );

export async function getAssignmentView(db: Executor, id: number): Promise<AssignmentView | null> {
  const [row] = await selectViews(db, eq(assignments.id, id));
  return row ?? null;
}

/** Holds the incident's row until the transaction ends, so its assignments change one at a time. */
export async function lockIncident(
  db: Executor,
  id: number,
): Promise<{
  status: string;
  priority: (typeof incidents.$inferSelect)["priority"];
  traineeId: string | null;
} | null> {
  const [row] = await db
    .select({ status: incidents.status, priority: incidents.priority, traineeId: incidents.traineeId })
    .from(incidents)
    .where(eq(incidents.id, id))
    .for("no key update");
  return row ?? null;
}

/** A new assignment, or null when the station already holds an active one for the incident. */
export async function insertAssignment(
  db: Executor,
  values: {
    incidentId: number;
    stationId: number;
    dispatcherId: string;
    ackDueAt: Date | null;
    traineeId: string | null;
  },
): Promise<number | null> {
  const [row] = await db
    .insert(assignments)
    .values(values)
    .onConflictDoNothing({
      target: [assignments.incidentId, assignments.stationId],
      where: sql`status IN ('dispatched', 'acknowledged', 'en_route', 'on_scene')`,
    })
    .returning({ id: assignments.id });
  return row?.id ?? null;
}

const stepColumn = {
  acknowledged: "acknowledgedAt",
  en_route: "enRouteAt",
  on_scene: "onSceneAt",
  cleared: "clearedAt",
  cancelled: "cancelledAt",
} as const;

/** Moves an assignment from the status it was read in; false when it had moved meanwhile. */
export async function moveAssignment(
  db: Executor,
  id: number,
  from: AssignmentStatus,
  change: {
    status: Exclude<AssignmentStatus, "dispatched">;
    note?: string | undefined;
    unit?: string | undefined;
    outcome?: AssignmentOutcome | undefined;
    report?: string | undefined;
  },
): Promise<boolean> {
  const rows = await db
    .update(assignments)
    .set({
      status: change.status,
      [stepColumn[change.status]]: new Date(),
      ...(change.note !== undefined ? { note: change.note } : {}),
      ...(change.unit !== undefined ? { unit: change.unit } : {}),
      ...(change.outcome !== undefined ? { outcome: change.outcome } : {}),
      ...(change.report !== undefined ? { fieldReport: change.report } : {}),
    })
    .where(and(eq(assignments.id, id), eq(assignments.status, from)))
    .returning({ id: assignments.id });
  return rows.length > 0;
}

export async function assignmentStatusesOfIncident(db: Executor, incidentId: number): Promise<AssignmentStatus[]> {
  const rows = await db
    .select({ status: assignments.status })
    .from(assignments)
    .where(eq(assignments.incidentId, incidentId));
  return rows.map((r) => r.status);
}

export async function setIncidentStatus(
  db: Executor,
  id: number,
  status: (typeof incidents.$inferSelect)["status"],
  disposition?: (typeof incidents.$inferSelect)["disposition"],
): Promise<void> {
  await db
    .update(incidents)
    .set({
      status,
      ...(status === "closed" ? { closedAt: new Date(), disposition: disposition ?? null } : {}),
    })
    .where(eq(incidents.id, id));
}
