import { eq, type SQL, sql } from "drizzle-orm";

import type { IncidentView } from "@/lib/incidents/incident-view";

import type { Executor } from "../client";
import { incidentCounters, incidents } from "../schema";

export type IncidentRow = typeof incidents.$inferSelect;

// An incident's id and its count for the day, taken before it is written (one statement,
// outside the incident's transaction, so the counter row is locked only for this statement).
// Knowing both up front, the caller builds the incident's event before the insert, and the
// insert and the event go to the database as one statement. Numbers stay unique; an
// incident that fails after this leaves a gap.
export async function reserveIncident(db: Executor, day: string): Promise<{ id: number; count: number }> {
  const { rows } = await db.execute<{ id: number; count: number }>(sql`
    WITH n AS (
      INSERT INTO ${incidentCounters} (day, last) VALUES (${day}, 1)
      ON CONFLICT (day) DO UPDATE SET last = ${incidentCounters}.last + 1
      RETURNING last)
    SELECT nextval(pg_get_serial_sequence('incidents', 'id'))::int AS id, n.last AS count FROM n`);
  return rows[0]!;
}

/** The insert of a new incident, as SQL to go into the statement that also appends its events. */
export function insertIncidentSql(
  db: Executor,
  values: Omit<typeof incidents.$inferInsert, "location"> & { id: number; lat: number; lon: number },
): SQL {
  const { lat, lon, ...rest } = values;
  return db
    .insert(incidents)
    .values({ ...rest, location: sql`ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)` })
    .getSQL();
}

// Area names come from the areas table, so a later import of better names shows everywhere.
const viewSelect = sql`
  SELECT i.id, i.number, i.type, i.priority, i.status, i.disposition, i.source, i.source_camera_id AS "sourceCameraId",
         ST_Y(i.location) AS lat, ST_X(i.location) AS lon, i.address, i.description,
         CASE WHEN kel.code IS NULL THEN NULL ELSE json_build_object('code', kel.code, 'name', kel.name) END AS kelurahan,
         CASE WHEN kec.code IS NULL THEN NULL ELSE json_build_object('code', kec.code, 'name', kec.name) END AS kecamatan,
         CASE WHEN kota.code IS NULL THEN NULL ELSE json_build_object('code', kota.code, 'name', kota.name) END AS kota,
         i.created_by AS "createdBy", (i.trainee_id IS NOT NULL) AS training,
         to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
  FROM incidents i
  LEFT JOIN areas kel ON kel.code = i.kelurahan_code
  LEFT JOIN areas kec ON kec.code = i.kecamatan_code
  LEFT JOIN areas kota ON kota.code = i.kota_code`;

export async function getIncidentView(db: Executor, id: number): Promise<IncidentView | null> {
  const { rows } = await db.execute<IncidentView & Record<string, unknown>>(sql`${viewSelect} WHERE i.id = ${id}`);
  return rows[0] ?? null;
}

export async function incidentViewsByIds(db: Executor, ids: readonly number[]): Promise<IncidentView[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.execute<IncidentView & Record<string, unknown>>(
    sql`${viewSelect} WHERE i.id IN ${sql.raw(`(${ids.map((id) => Math.trunc(id)).join(",")})`)}`,
  );
  return rows;
}

/** Open incidents (not closed or cancelled): most urgent first, then oldest first. */
// Training never leaks: a trainee's incidents are on their own screens and nobody else's.
export async function listIncidentViews(
  db: Executor,
  filter: "open" | "all",
  viewerId: string,
  limit = 500,
): Promise<IncidentView[]> {
  const open = filter === "open" ? sql`AND i.status NOT IN ('closed', 'cancelled')` : sql``;
  const where = sql`WHERE (i.trainee_id IS NULL OR i.trainee_id = ${viewerId}) ${open}`;
  const { rows } = await db.execute<IncidentView & Record<string, unknown>>(
    sql`${viewSelect} ${where} ORDER BY i.priority, i.created_at LIMIT ${limit}`,
  );
  return rows;
}

// Candidates for "link this call to an existing incident": open, same type, within the
// distance (metres, on the geography) and made within the last minutes.
export async function findNearbyOpenIncidents(
  db: Executor,
  q: { type: string; lat: number; lon: number; withinM: number; withinMinutes: number; viewerId: string },
) {
  const { rows } = await db.execute<IncidentView & { distanceM: number } & Record<string, unknown>>(sql`
    SELECT v.*, ST_Distance(ST_SetSRID(ST_MakePoint(v.lon, v.lat), 4326)::geography, ST_SetSRID(ST_MakePoint(${q.lon}, ${q.lat}), 4326)::geography) AS "distanceM"
    FROM (${viewSelect}
      WHERE i.type = ${q.type} AND (i.trainee_id IS NULL OR i.trainee_id = ${q.viewerId}) AND i.status NOT IN ('closed', 'cancelled')
        AND i.created_at > now() - make_interval(mins => ${q.withinMinutes})
        AND ST_DWithin(i.location::geography, ST_SetSRID(ST_MakePoint(${q.lon}, ${q.lat}), 4326)::geography, ${q.withinM})) v
    ORDER BY "distanceM"`);
  return rows;
}

/** The incident's place and areas set anew (its address too, when one is given). */
export async function moveIncidentPlace(
  db: Executor,
  id: number,
  place: {
    lat: number;
    lon: number;
    address: string | undefined;
    kelurahanCode: string | null;
    kecamatanCode: string | null;
    kotaCode: string | null;
  },
): Promise<void> {
  await db
    .update(incidents)
    .set({
      location: sql`ST_SetSRID(ST_MakePoint(${place.lon}, ${place.lat}), 4326)`,
      kelurahanCode: place.kelurahanCode,
      kecamatanCode: place.kecamatanCode,
      kotaCode: place.kotaCode,
      ...(place.address ? { address: place.address } : {}),
    })
    .where(eq(incidents.id, id));
}

/** The newest incidents the centre logged, newest first (generated history is left out: it is there for the figures). */
export async function recentIncidentViews(db: Executor, limit: number): Promise<IncidentView[]> {
  const { rows } = await db.execute<IncidentView & Record<string, unknown>>(
    sql`${viewSelect} WHERE NOT i.generated ORDER BY i.created_at DESC LIMIT ${limit}`,
  );
  return rows;
}
