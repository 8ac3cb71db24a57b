import { asc, eq } from "drizzle-orm";

import type { AssignmentView } from "@/lib/dispatch/assignment-view";

import type { Executor } from "../client";
import { assignments, stations } from "../schema";

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Every station's assignment to one incident, in the order they were dispatched. */
export async function assignmentsOfIncident(db: Executor, incidentId: number): Promise<AssignmentView[]> {
  const rows = await db
    .select({ a: assignments, stationCode: stations.code, stationName: stations.name })
    .from(assignments)
    .innerJoin(stations, eq(stations.id, assignments.stationId))
    .where(eq(assignments.incidentId, incidentId))
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
    outcome: a.outcome,
    fieldReport: a.fieldReport,
  }));
}
