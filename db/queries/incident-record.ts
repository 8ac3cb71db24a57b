import { asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import type { RecordFootage, RecordPerson, RecordSource } from "@/lib/incidents/incident-record";
import type { RecordMapSource } from "@/lib/incidents/record-map";

import type { Executor } from "../client";
import { cameras, footageRequests, incidents, stations, user } from "../schema";
import { assignmentsOfIncident } from "./assignments";
import { callsOfIncident, toCallView } from "./calls";
import { incidentRecordEvents } from "./events";
import { getIncidentView } from "./incidents";

const requester = alias(user, "requester");
const approver = alias(user, "approver");
const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * Everything one incident's record shows, read at one moment (pass a transaction from
 * readAtSeq for one snapshot): null when there is no such incident. `radiusM` is how far
 * around the place a camera's live views count as views of this incident.
 */
export async function gatherIncidentRecord(
  db: Executor,
  incidentId: number,
  radiusM: number,
): Promise<RecordSource | null> {
  const incident = await getIncidentView(db, incidentId);
  if (!incident) return null;
  const [closed] = await db
    .select({ closedAt: incidents.closedAt })
    .from(incidents)
    .where(eq(incidents.id, incidentId));
  const calls = (await callsOfIncident(db, incidentId)).map(toCallView);
  const assignments = await assignmentsOfIncident(db, incidentId);
  const events = await incidentRecordEvents(db, incidentId, radiusM);
  const footage = await footageOfIncident(db, incidentId);
  const ids = new Set<string>();
  for (const id of [
    incident.createdBy,
    ...calls.map((c) => c.callTakerId),
    ...assignments.map((a) => a.dispatcherId),
    ...events.map((e) => e.actorId),
  ])
    if (id) ids.add(id);
  return {
    incident,
    closedAt: iso(closed?.closedAt ?? null),
    calls,
    assignments,
    footage,
    events,
    people: await peopleByIds(db, [...ids]),
    map: await mapOfIncident(db, incidentId, incident),
  };
}

async function footageOfIncident(db: Executor, incidentId: number): Promise<RecordFootage[]> {
  const rows = await db
    .select({
      r: footageRequests,
      cameraName: cameras.name,
      cameraExternalId: cameras.externalId,
      requesterName: requester.name,
      approverName: approver.name,
    })
    .from(footageRequests)
    .innerJoin(cameras, eq(cameras.id, footageRequests.cameraId))
    .innerJoin(requester, eq(requester.id, footageRequests.requesterId))
    .leftJoin(approver, eq(approver.id, footageRequests.approverId))
    .where(eq(footageRequests.incidentId, incidentId))
    .orderBy(asc(footageRequests.createdAt), asc(footageRequests.id));
  return rows.map(({ r, ...names }) => ({
    id: r.id,
    cameraId: r.cameraId,
    cameraName: names.cameraName,
    cameraExternalId: names.cameraExternalId,
    legalBasis: r.legalBasis,
    status: r.status,
    letterNumber: r.letterNumber,
    requesterName: names.requesterName,
    approverName: names.approverName,
    windowStart: r.windowStart.toISOString(),
    windowEnd: r.windowEnd.toISOString(),
    createdAt: r.createdAt.toISOString(),
    decidedAt: iso(r.decidedAt),
  }));
}

async function peopleByIds(db: Executor, ids: string[]): Promise<Record<string, RecordPerson>> {
  if (ids.length === 0) return {};
  const rows = await db
    .select({ id: user.id, name: user.name, role: user.role, stationCode: stations.code })
    .from(user)
    .leftJoin(stations, eq(stations.id, user.stationId))
    .where(inArray(user.id, ids));
  return Object.fromEntries(
    rows.map((r) => [r.id, { name: r.name, role: r.role ?? "", stationCode: r.stationCode ?? null }]),
  );
}

// The kelurahan of the incident's kecamatan, simplified to about 20 m (a small map needs no
// more), and the stations sent to it.
async function mapOfIncident(
  db: Executor,
  incidentId: number,
  place: { lat: number; lon: number },
): Promise<RecordMapSource> {
  const { rows: areas } = await db.execute<{ code: string; name: string; own: boolean; geojson: string }>(sql`
    SELECT a.code, a.name, a.code = i.kelurahan_code AS own,
           ST_AsGeoJSON(ST_SimplifyPreserveTopology(a.geom, 0.0002), 6) AS geojson
    FROM incidents i JOIN areas a ON a.level = 'kelurahan' AND a.parent_code = i.kecamatan_code
    WHERE i.id = ${incidentId} AND a.geom IS NOT NULL AND NOT a.is_water
    ORDER BY a.code`);
  const { rows: sent } = await db.execute<{ code: string; name: string; lat: number; lon: number }>(sql`
    SELECT DISTINCT s.code, s.name, ST_Y(s.location) AS lat, ST_X(s.location) AS lon
    FROM assignments a JOIN stations s ON s.id = a.station_id
    WHERE a.incident_id = ${incidentId}
    ORDER BY s.code`);
  return {
    incident: place,
    areas: areas.map((a) => ({ code: a.code, name: a.name, own: a.own, rings: ringsOf(a.geojson) })),
    stations: sent.map((s) => ({ ...s, lat: Number(s.lat), lon: Number(s.lon) })),
  };
}

type Position = [number, number];
function ringsOf(geojson: string): Position[][] {
  const g = JSON.parse(geojson) as
    { type: "Polygon"; coordinates: Position[][] } | { type: "MultiPolygon"; coordinates: Position[][][] };
  return g.type === "Polygon" ? g.coordinates : g.coordinates.flat();
}
