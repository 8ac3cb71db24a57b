import { sql } from "drizzle-orm";

import type { Executor } from "../client";

export interface CameraRow {
  externalId: string;
  name: string;
  lat: number;
  lon: number;
  address?: string | null;
  ownerType: "government" | "company" | "residential" | "private";
  ownerName?: string | null;
  ownerContact?: string | null;
  provider?: string | null;
  accessMode: "live" | "on_request";
  jscIntegrated?: boolean;
  policeConnected?: boolean;
  ringOne?: boolean;
  ptz?: boolean;
  nightVision?: boolean;
  faceDetection?: boolean;
  plateReading?: boolean;
  bearingDeg?: number | null;
  fovDeg?: number;
  rangeM?: number;
  streamUrl?: string | null;
  snapshotUrl?: string | null;
  health?: "online" | "offline" | "unknown";
  lastSeenAt?: string | null;
  installation?: "planned" | "installed" | "decommissioned";
  retentionDays?: number | null;
  generated?: boolean;
  source: string;
}

// One statement per batch: the rows travel as one JSON parameter, which both drivers pass
// the same way, and PostgreSQL unpacks them. Upserted by external id.
export async function upsertCameras(db: Executor, rows: readonly CameraRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const json = JSON.stringify(
    rows.map((r) => ({
      external_id: r.externalId,
      name: r.name,
      lat: r.lat,
      lon: r.lon,
      address: r.address ?? null,
      owner_type: r.ownerType,
      owner_name: r.ownerName ?? null,
      owner_contact: r.ownerContact ?? null,
      provider: r.provider ?? null,
      access_mode: r.accessMode,
      jsc_integrated: r.jscIntegrated ?? false,
      police_connected: r.policeConnected ?? false,
      ring_one: r.ringOne ?? false,
      ptz: r.ptz ?? false,
      night_vision: r.nightVision ?? false,
      face_detection: r.faceDetection ?? false,
      plate_reading: r.plateReading ?? false,
      bearing_deg: r.bearingDeg ?? null,
      fov_deg: r.fovDeg ?? 90,
      range_m: r.rangeM ?? 50,
      stream_url: r.streamUrl ?? null,
      snapshot_url: r.snapshotUrl ?? null,
      health: r.health ?? "unknown",
      last_seen_at: r.lastSeenAt ?? null,
      installation: r.installation ?? "installed",
      retention_days: r.retentionDays ?? null,
      generated: r.generated ?? false,
      source: r.source,
    })),
  );
  await db.execute(sql`
    INSERT INTO cameras (external_id, name, location, address, owner_type, owner_name, owner_contact, provider,
      access_mode, jsc_integrated, police_connected, ring_one, ptz, night_vision, face_detection, plate_reading,
      bearing_deg, fov_deg, range_m, stream_url, snapshot_url, health, last_seen_at, installation,
      retention_days, generated, source)
    SELECT external_id, name, ST_SetSRID(ST_MakePoint(lon, lat), 4326), address, owner_type, owner_name,
      owner_contact, provider, access_mode, jsc_integrated, police_connected, ring_one, ptz, night_vision,
      face_detection, plate_reading, bearing_deg, fov_deg, range_m, stream_url, snapshot_url, health,
      last_seen_at, installation, retention_days, generated, source
    FROM jsonb_to_recordset(${json}::jsonb) AS r(external_id text, name text, lat float8, lon float8,
      address text, owner_type text, owner_name text, owner_contact text, provider text, access_mode text,
      jsc_integrated bool, police_connected bool, ring_one bool, ptz bool, night_vision bool,
      face_detection bool, plate_reading bool, bearing_deg real, fov_deg real, range_m real, stream_url text,
      snapshot_url text, health text, last_seen_at timestamptz, installation text, retention_days int,
      generated bool, source text)
    ON CONFLICT (external_id) DO UPDATE SET
      name = EXCLUDED.name, location = EXCLUDED.location, address = EXCLUDED.address,
      owner_type = EXCLUDED.owner_type, owner_name = EXCLUDED.owner_name, owner_contact = EXCLUDED.owner_contact,
      provider = EXCLUDED.provider, access_mode = EXCLUDED.access_mode, jsc_integrated = EXCLUDED.jsc_integrated,
      police_connected = EXCLUDED.police_connected, ring_one = EXCLUDED.ring_one, ptz = EXCLUDED.ptz,
      night_vision = EXCLUDED.night_vision, face_detection = EXCLUDED.face_detection,
      plate_reading = EXCLUDED.plate_reading, bearing_deg = EXCLUDED.bearing_deg, fov_deg = EXCLUDED.fov_deg,
      range_m = EXCLUDED.range_m, stream_url = EXCLUDED.stream_url, snapshot_url = EXCLUDED.snapshot_url,
      health = EXCLUDED.health, last_seen_at = EXCLUDED.last_seen_at, installation = EXCLUDED.installation,
      retention_days = EXCLUDED.retention_days, generated = EXCLUDED.generated, source = EXCLUDED.source,
      kelurahan_code = CASE WHEN ST_Equals(cameras.location, EXCLUDED.location) THEN cameras.kelurahan_code END,
      kecamatan_code = CASE WHEN ST_Equals(cameras.location, EXCLUDED.location) THEN cameras.kecamatan_code END,
      kota_code = CASE WHEN ST_Equals(cameras.location, EXCLUDED.location) THEN cameras.kota_code END,
      updated_at = now()`);
  await assignCameraAreas(
    db,
    rows.map((r) => r.externalId),
  );
  return rows.length;
}

/** The kelurahan (and its kecamatan and kota) whose boundary holds each of these cameras that has none yet. */
export async function assignCameraAreas(db: Executor, externalIds: readonly string[]): Promise<void> {
  await db.execute(sql`
    UPDATE cameras c SET kelurahan_code = k.code, kecamatan_code = k.parent_code, kota_code = k.kota_code
    FROM areas k
    WHERE c.external_id IN (SELECT jsonb_array_elements_text(${JSON.stringify(externalIds)}::jsonb))
      AND c.kota_code IS NULL
      AND k.level = 'kelurahan' AND k.geom IS NOT NULL AND NOT k.is_water AND ST_Covers(k.geom, c.location)`);
}
