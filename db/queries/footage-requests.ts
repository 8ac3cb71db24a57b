import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import type { FootageRequestStatus, LegalBasis } from "@/lib/footage/vocabulary";

import type { Executor } from "../client";
import { assignments, calls, cameras, footageRequests, incidents, stations, user } from "../schema";

const requester = alias(user, "requester");
const approver = alias(user, "approver");

/** A request's row with its camera, incident and people, before the screens' flags are added. */
export type FootageRequestRow = Awaited<ReturnType<typeof selectRows>>[number];

function selectRows(db: Executor, where: SQL | undefined, limit = 500) {
  return db
    .select({
      r: footageRequests,
      incidentNumber: incidents.number,
      cameraName: cameras.name,
      cameraExternalId: cameras.externalId,
      cameraAddress: cameras.address,
      ownerName: cameras.ownerName,
      ownerContact: cameras.ownerContact,
      retentionDays: cameras.retentionDays,
      requesterName: requester.name,
      approverName: approver.name,
    })
    .from(footageRequests)
    .innerJoin(incidents, eq(incidents.id, footageRequests.incidentId))
    .innerJoin(cameras, eq(cameras.id, footageRequests.cameraId))
    .innerJoin(requester, eq(requester.id, footageRequests.requesterId))
    .leftJoin(approver, eq(approver.id, footageRequests.approverId))
    .where(where)
    .orderBy(desc(footageRequests.createdAt), desc(footageRequests.id))
    .limit(limit);
}

export async function footageRequestRow(db: Executor, id: number): Promise<FootageRequestRow | null> {
  return (await selectRows(db, eq(footageRequests.id, id)))[0] ?? null;
}

/** Newest first; a polsek officer's list holds only incidents their station was sent to. */
export const footageRequestRows = (
  db: Executor,
  filter: {
    incidentId?: number | undefined;
    status?: FootageRequestStatus | undefined;
    stationId?: number | undefined;
  },
) =>
  selectRows(
    db,
    and(
      filter.incidentId === undefined ? undefined : eq(footageRequests.incidentId, filter.incidentId),
      filter.status === undefined ? undefined : eq(footageRequests.status, filter.status),
      filter.stationId === undefined
        ? undefined
        : sql`${footageRequests.incidentId} IN (SELECT incident_id FROM assignments WHERE station_id = ${filter.stationId})`,
    ),
  );

/** What a new request needs to know of its incident and camera, and which stations were sent. */
export async function footageRequestContext(db: Executor, incidentId: number, cameraId: number) {
  const [incident] = await db
    .select({
      id: incidents.id,
      createdAt: incidents.createdAt,
      firstCallAt: sql<
        string | Date | null
      >`(SELECT min(${calls.ringingAt}) FROM ${calls} WHERE ${calls.incidentId} = ${incidents.id})`,
    })
    .from(incidents)
    .where(eq(incidents.id, incidentId));
  const [camera] = await db
    .select({ id: cameras.id, accessMode: cameras.accessMode, retentionDays: cameras.retentionDays })
    .from(cameras)
    .where(eq(cameras.id, cameraId));
  const sent = await db
    .select({ stationId: stations.id, name: stations.name })
    .from(assignments)
    .innerJoin(stations, eq(stations.id, assignments.stationId))
    .where(eq(assignments.incidentId, incidentId))
    .orderBy(assignments.dispatchedAt);
  return {
    incident: incident
      ? { ...incident, firstCallAt: incident.firstCallAt === null ? null : new Date(incident.firstCallAt) }
      : null,
    camera: camera ?? null,
    sent,
  };
}

export async function insertFootageRequest(
  db: Executor,
  values: {
    incidentId: number;
    cameraId: number;
    windowStart: Date;
    windowEnd: Date;
    legalBasis: LegalBasis;
    requestingUnit: string;
    requesterId: string;
    overwriteOn: string | null;
    note: string | null;
  },
): Promise<number> {
  const [row] = await db.insert(footageRequests).values(values).returning({ id: footageRequests.id });
  return row!.id;
}

/** The request's status, its row locked until the transaction ends; null if there is none. */
export async function lockFootageRequest(db: Executor, id: number): Promise<FootageRequestStatus | null> {
  const [row] = await db
    .select({ status: footageRequests.status })
    .from(footageRequests)
    .where(eq(footageRequests.id, id))
    .for("no key update");
  return row?.status ?? null;
}

export async function updateFootageRequest(
  db: Executor,
  id: number,
  patch: {
    status: FootageRequestStatus;
    approverId?: string;
    letterNumber?: string;
    decidedAt?: Date;
    note?: string | null;
  },
): Promise<void> {
  await db
    .update(footageRequests)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(footageRequests.id, id));
}
