import { asc, eq, sql } from "drizzle-orm";

import type { Executor } from "../client";
import { stations } from "../schema";

const stationColumns = {
  id: stations.id,
  code: stations.code,
  name: stations.name,
  agency: stations.agency,
  kind: stations.kind,
  lat: sql<number>`ST_Y(${stations.location})`,
  lon: sql<number>`ST_X(${stations.location})`,
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
