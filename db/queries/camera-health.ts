import { sql } from "drizzle-orm";

import type { HealthCounts } from "@/lib/cameras/health-counts";
import type { CameraHealthChange } from "@/lib/realtime/events";

import type { Executor } from "../client";

export type HeartbeatRow = CameraHealthChange & { externalId: string; wasOffline: boolean };

/**
 * Marks the cameras seen at `at` (by id or external id) online, each row locked first so that a
 * sweep at the same moment cannot mark it offline between the read and the write. A heartbeat
 * older than the one already recorded does not move last_seen_at back.
 */
export async function recordHeartbeats(
  tx: Executor,
  ids: readonly number[],
  externalIds: readonly string[],
  at: Date,
): Promise<HeartbeatRow[]> {
  const { rows } = await tx.execute<HeartbeatRow & Record<string, unknown>>(sql`
    WITH seen AS (
      SELECT id, health FROM cameras
      WHERE id = ANY(${`{${ids.join(",")}}`}::int[]) OR external_id = ANY(${pgTextArray(externalIds)}::text[])
      ORDER BY id FOR NO KEY UPDATE
    )
    UPDATE cameras c SET health = 'online', last_seen_at = greatest(c.last_seen_at, ${at.toISOString()}::timestamptz),
                         updated_at = ${at.toISOString()}::timestamptz
    FROM seen WHERE c.id = seen.id
    RETURNING c.id, c.name, c.external_id AS "externalId", seen.health = 'offline' AS "wasOffline",
              to_char(c.last_seen_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "lastSeenAt"`);
  return rows;
}

/** Online cameras that reported a heartbeat once but none since `before`: offline now, at most `limit` at a time. */
export async function markSilentOffline(tx: Executor, before: Date, limit: number): Promise<CameraHealthChange[]> {
  const { rows } = await tx.execute<CameraHealthChange & Record<string, unknown>>(sql`
    UPDATE cameras SET health = 'offline', updated_at = now()
    WHERE id IN (
      SELECT id FROM cameras
      WHERE health = 'online' AND last_seen_at < ${before.toISOString()}::timestamptz
      ORDER BY id LIMIT ${limit} FOR NO KEY UPDATE SKIP LOCKED
    )
    RETURNING id, name, to_char(last_seen_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "lastSeenAt"`);
  return rows;
}

// A text[] literal: each value double-quoted with its quotes and backslashes escaped.
const pgTextArray = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`;

/** The registry's health in counts, or one area's (a kecamatan's or kelurahan's BPS code). */
export async function healthCounts(db: Executor, areaCode: string | null): Promise<HealthCounts> {
  const area = areaCode
    ? sql`AND ST_Intersects(location, (SELECT coalesce(geom, ST_Buffer(point, 0.01)) FROM areas WHERE code = ${areaCode}))`
    : sql``;
  const { rows } = await db.execute<HealthCounts & Record<string, unknown>>(sql`
    SELECT count(*) FILTER (WHERE health = 'online')::int AS online,
           count(*) FILTER (WHERE health = 'offline')::int AS offline,
           count(*) FILTER (WHERE health = 'unknown')::int AS unknown,
           count(*) FILTER (WHERE health = 'online' AND access_mode = 'live')::int AS "liveOnline",
           count(*) FILTER (WHERE health = 'offline' AND access_mode = 'live')::int AS "liveOffline",
           count(*) FILTER (WHERE last_seen_at IS NOT NULL)::int AS reporting
    FROM cameras WHERE installation = 'installed' ${area}`);
  return rows[0]!;
}
