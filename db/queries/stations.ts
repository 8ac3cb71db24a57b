import { and, asc, eq, inArray, sql } from "drizzle-orm";

import { activeAssignmentStatuses } from "@/lib/dispatch/vocabulary";
import type { StationDetails } from "@/lib/realtime/events";

import type { Executor } from "../client";
import { areas, assignments, incidents, stations } from "../schema";
import { latLonOf } from "./lat-lon-of";

const stationColumns = {
  id: stations.id,
  code: stations.code,
  name: stations.name,
  agency: stations.agency,
  kind: stations.kind,
  ...latLonOf(stations.location),
  locationApproximate: stations.locationApproximate,
  jurisdictionCodes: stations.jurisdictionCodes,
  phone: stations.phone,
  staffed: stations.staffed,
};

export async function listStations(db: Executor) {
  return db.select(stationColumns).from(stations).orderBy(asc(stations.code));
}

export async function getStation(db: Executor, id: number) {
  const [row] = await db.select(stationColumns).from(stations).where(eq(stations.id, id));
  return row ?? null;
}

export async function setStationStaffed(db: Executor, id: number, staffed: boolean): Promise<boolean> {
  const rows = await db
    .update(stations)
    .set({ staffed, updatedAt: new Date() })
    .where(eq(stations.id, id))
    .returning({ id: stations.id });
  return rows.length > 0;
}

/** The number a station's dispatch SMS go to, if it has one. */
export async function getStationSmsNumber(db: Executor, id: number): Promise<string | null> {
  const [row] = await db.select({ smsNumber: stations.smsNumber }).from(stations).where(eq(stations.id, id));
  return row?.smsNumber ?? null;
}

export async function setStationSmsNumber(db: Executor, code: string, smsNumber: string | null): Promise<void> {
  await db.update(stations).set({ smsNumber, updatedAt: new Date() }).where(eq(stations.code, code));
}

/** The jobs a station is still working, with their incident's number, type and priority. */
export async function openJobsOfStation(db: Executor, stationId: number) {
  return db
    .select({
      assignmentId: assignments.id,
      status: assignments.status,
      incidentId: incidents.id,
      number: incidents.number,
      type: incidents.type,
      priority: incidents.priority,
    })
    .from(assignments)
    .innerJoin(incidents, eq(incidents.id, assignments.incidentId))
    .where(and(eq(assignments.stationId, stationId), inArray(assignments.status, [...activeAssignmentStatuses])))
    .orderBy(asc(assignments.dispatchedAt));
}

/** What an admin edits of a station, as it stands. */
export async function getStationDetails(db: Executor, id: number) {
  const [row] = await db
    .select({
      code: stations.code,
      address: stations.address,
      phone: stations.phone,
      smsNumber: stations.smsNumber,
      jurisdictionCodes: stations.jurisdictionCodes,
      ...latLonOf(stations.location),
    })
    .from(stations)
    .where(eq(stations.id, id));
  return row ?? null;
}

/** Every station's editable details, for the admin's table. */
export async function listStationDetails(db: Executor) {
  return db
    .select({
      ...stationColumns,
      address: stations.address,
      smsNumber: stations.smsNumber,
    })
    .from(stations)
    .orderBy(asc(stations.code));
}

export async function updateStationDetails(db: Executor, id: number, details: StationDetails, moved: boolean) {
  await db
    .update(stations)
    .set({
      address: details.address,
      phone: details.phone,
      smsNumber: details.smsNumber,
      jurisdictionCodes: details.jurisdictionCodes,
      location: sql`ST_SetSRID(ST_MakePoint(${details.lon}, ${details.lat}), 4326)`,
      // A position an admin placed is no longer the kecamatan point's stand-in.
      ...(moved ? { locationApproximate: false } : {}),
      updatedAt: new Date(),
    })
    .where(eq(stations.id, id));
}

/** Which of these codes are kecamatan of Jakarta. */
export async function knownKecamatanCodes(db: Executor, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .select({ code: areas.code })
    .from(areas)
    .where(and(eq(areas.level, "kecamatan"), inArray(areas.code, [...codes])));
  return rows.map((r) => r.code);
}

/** Jakarta's kecamatan by code and name: what a jurisdiction is made of. */
export async function listKecamatan(db: Executor) {
  return db
    .select({ code: areas.code, name: areas.name })
    .from(areas)
    .where(eq(areas.level, "kecamatan"))
    .orderBy(asc(areas.code));
}
