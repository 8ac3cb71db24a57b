import { type SQL, sql } from "drizzle-orm";

import type { KotaCounts, ProviderProgress, RegistryCamera } from "@/lib/cameras/registry-camera";
import type { CameraViewSettings, RegistryFilter } from "@/lib/validations/camera-registry";

import type { Executor } from "../client";

const CAPABILITY_COLUMNS = {
  ptz: sql`c.ptz`,
  nightVision: sql`c.night_vision`,
  faceDetection: sql`c.face_detection`,
  plateReading: sql`c.plate_reading`,
} as const;

function filterWhere(f: RegistryFilter): SQL {
  const parts: SQL[] = [sql`true`];
  const flag = (column: SQL, v: "yes" | "no" | undefined) => v && parts.push(v === "yes" ? column : sql`NOT ${column}`);
  if (f.q) parts.push(sql`(c.name ILIKE ${`%${f.q}%`} OR c.external_id = ${f.q})`);
  if (f.ownerType) parts.push(sql`c.owner_type = ${f.ownerType}`);
  if (f.accessMode) parts.push(sql`c.access_mode = ${f.accessMode}`);
  if (f.status) parts.push(sql`c.health = ${f.status}`);
  if (f.kota) parts.push(sql`c.kota_code = ${f.kota}`);
  if (f.kecamatan) parts.push(sql`c.kecamatan_code = ${f.kecamatan}`);
  if (f.provider) parts.push(sql`c.provider = ${f.provider}`);
  flag(sql`c.jsc_integrated`, f.jsc);
  flag(sql`c.police_connected`, f.police);
  flag(sql`c.ring_one`, f.ringOne);
  flag(sql`c.generated`, f.generated);
  if (f.capability) parts.push(CAPABILITY_COLUMNS[f.capability]);
  return sql.join(parts, sql` AND `);
}

const registryColumns = sql`
  c.id, c.external_id AS "externalId", c.name, ST_Y(c.location) AS lat, ST_X(c.location) AS lon,
  c.owner_type AS "ownerType", c.owner_name AS "ownerName", c.provider, c.access_mode AS "accessMode",
  c.health AS status,
  to_char(c.last_seen_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "lastSeenAt",
  c.installation, kota.name AS kota, kec.name AS kecamatan, c.jsc_integrated AS "jscIntegrated",
  c.police_connected AS "policeConnected", c.ring_one AS "ringOne", c.ptz, c.night_vision AS "nightVision",
  c.face_detection AS "faceDetection", c.plate_reading AS "plateReading", c.bearing_deg AS "bearingDeg",
  c.fov_deg AS "fovDeg", c.range_m AS "rangeM", c.generated, c.source`;

/** One page of the registry, filtered, by id; and how many cameras the filter matches. */
export async function listRegistryCameras(
  db: Executor,
  f: RegistryFilter,
  pageSize: number,
): Promise<{ cameras: RegistryCamera[]; total: number }> {
  const where = filterWhere(f);
  const [{ rows }, count] = await Promise.all([
    db.execute<RegistryCamera & Record<string, unknown>>(sql`
      SELECT ${registryColumns}
      FROM cameras c
      LEFT JOIN areas kota ON kota.code = c.kota_code
      LEFT JOIN areas kec ON kec.code = c.kecamatan_code
      WHERE ${where}
      ORDER BY c.id LIMIT ${pageSize} OFFSET ${(f.page - 1) * pageSize}`),
    db.execute<{ total: number }>(sql`SELECT count(*)::int AS total FROM cameras c WHERE ${where}`),
  ]);
  return { cameras: rows, total: count.rows[0]?.total ?? 0 };
}

export async function registryCamera(db: Executor, id: number): Promise<RegistryCamera | null> {
  const { rows } = await db.execute<RegistryCamera & Record<string, unknown>>(sql`
    SELECT ${registryColumns}
    FROM cameras c
    LEFT JOIN areas kota ON kota.code = c.kota_code
    LEFT JOIN areas kec ON kec.code = c.kecamatan_code
    WHERE c.id = ${id}`);
  return rows[0] ?? null;
}

/** Per kota, the counts the city reports: registered, live, integrated, connected, online now. */
export async function countsByKota(db: Executor): Promise<KotaCounts[]> {
  const { rows } = await db.execute<KotaCounts & Record<string, unknown>>(sql`
    SELECT t.kota_code AS code, kota.name, t.registered, t.live, t.integrated, t.connected, t."onlineNow"
    FROM (
      SELECT kota_code, count(*)::int AS registered,
             count(*) FILTER (WHERE access_mode = 'live')::int AS live,
             count(*) FILTER (WHERE jsc_integrated)::int AS integrated,
             count(*) FILTER (WHERE police_connected)::int AS connected,
             count(*) FILTER (WHERE health = 'online')::int AS "onlineNow"
      FROM cameras WHERE installation <> 'decommissioned' GROUP BY kota_code
    ) t LEFT JOIN areas kota ON kota.code = t.kota_code
    ORDER BY t.kota_code NULLS LAST`);
  return rows;
}

/** Each provider's cameras: registered, installed, integrated, ring one and its connected share, with the target. */
export async function providerProgress(db: Executor): Promise<ProviderProgress[]> {
  const { rows } = await db.execute<ProviderProgress & Record<string, unknown>>(sql`
    SELECT coalesce(p.provider, t.provider) AS provider, t.target,
           coalesce(p.registered, 0) AS registered, coalesce(p.installed, 0) AS installed,
           coalesce(p.integrated, 0) AS integrated, coalesce(p."ringOne", 0) AS "ringOne",
           coalesce(p."ringOneConnected", 0) AS "ringOneConnected"
    FROM (
      SELECT provider, count(*)::int AS registered,
             count(*) FILTER (WHERE installation = 'installed')::int AS installed,
             count(*) FILTER (WHERE installation = 'installed' AND jsc_integrated)::int AS integrated,
             count(*) FILTER (WHERE ring_one)::int AS "ringOne",
             count(*) FILTER (WHERE ring_one AND police_connected)::int AS "ringOneConnected"
      FROM cameras WHERE provider IS NOT NULL GROUP BY provider
    ) p FULL JOIN provider_targets t ON t.provider = p.provider
    ORDER BY registered DESC NULLS LAST, provider`);
  return rows;
}

export async function setProviderTarget(db: Executor, provider: string, target: number): Promise<void> {
  await db.execute(sql`
    INSERT INTO provider_targets (provider, target) VALUES (${provider}, ${target})
    ON CONFLICT (provider) DO UPDATE SET target = EXCLUDED.target, updated_at = now()`);
}

/** The camera's view changed; null when there is no such camera. */
export async function updateCameraView(
  tx: Executor,
  id: number,
  v: CameraViewSettings,
): Promise<{ id: number; name: string } | null> {
  const { rows } = await tx.execute<{ id: number; name: string }>(sql`
    UPDATE cameras SET bearing_deg = ${v.bearingDeg}, fov_deg = ${v.fovDeg}, range_m = ${v.rangeM}, updated_at = now()
    WHERE id = ${id} RETURNING id, name`);
  return rows[0] ?? null;
}

/** Kota and kecamatan for the filters: code, name and (for a kecamatan) its kota. */
export async function registryAreas(
  db: Executor,
): Promise<{ code: string; name: string; level: string; kotaCode: string }[]> {
  const { rows } = await db.execute<{ code: string; name: string; level: string; kotaCode: string }>(sql`
    SELECT code, name, level, kota_code AS "kotaCode" FROM areas WHERE level IN ('kota', 'kecamatan') ORDER BY name`);
  return rows;
}

/** The providers named in the registry, for the filter. */
export async function registryProviders(db: Executor): Promise<string[]> {
  const { rows } = await db.execute<{ provider: string }>(sql`
    SELECT DISTINCT provider FROM cameras WHERE provider IS NOT NULL ORDER BY provider LIMIT 200`);
  return rows.map((r) => r.provider);
}
