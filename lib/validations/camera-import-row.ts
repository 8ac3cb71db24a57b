import { z } from "zod";

import type { CameraRow } from "@/db/queries/upsert-cameras";
import { accessModes, cameraHealth, installationStates, ownerTypes } from "@/lib/cameras/vocabulary";

import {
  choice,
  flag,
  latitude,
  longitude,
  optionalNumber,
  optionalText,
  optionalTime,
  optionalUrl,
  requiredChoice,
  requiredText,
} from "./import-fields";

/*
 * Cameras for `npm run import -- cameras <file>`: a CSV with a header row, or GeoJSON Point
 * features whose properties carry the same names (the point gives lat and lon). Upserted by
 * external_id. Names are matched without regard to case, spaces or hyphens.
 *
 *   column            required  values (default)
 *   external_id       yes       the registry's id for the camera, unique
 *   name              yes
 *   lat, lon          yes       WGS84 degrees (also latitude, longitude, lng)
 *   owner_type        yes       government | company | residential | private
 *   access_mode       no        live | on_request (on_request): live streams reach the police server
 *   address           no
 *   owner_name        no
 *   owner_contact     no        who to ask for footage
 *   provider          no
 *   jsc_integrated    no        true/false, yes/no, ya/tidak, 1/0 (false): part of Jakarta Smart City
 *   police_connected  no        flag (false)
 *   ring_one          no        flag (false)
 *   ptz, night_vision, face_detection, plate_reading   no   flags (false)
 *   bearing_deg       no        0 to 360, the way it looks (empty: all round or unknown)
 *   fov_deg           no        1 to 360 (360 for a PTZ camera, else 90)
 *   range_m           no        1 to 1000 (50)
 *   stream_url        no        URL (rtsp://, https://), never shown to roles that may not see it
 *   snapshot_url      no        URL
 *   health            no        online | offline | unknown (unknown)
 *   last_seen_at      no        ISO 8601 time with its zone, e.g. 2024-05-01T10:00:00+07:00
 *   installation      no        planned | installed | decommissioned (installed)
 *   retention_days    no        whole days the recorder keeps footage, 0 to 3650
 *   source            no        where the row comes from (import:<file name>)
 */
export const cameraImportFields = z.object({
  external_id: requiredText(100),
  name: requiredText(200),
  lat: latitude(),
  lon: longitude(),
  owner_type: requiredChoice(ownerTypes),
  access_mode: choice(accessModes, "on_request"),
  address: optionalText(),
  owner_name: optionalText(200),
  owner_contact: optionalText(200),
  provider: optionalText(200),
  jsc_integrated: flag(false),
  police_connected: flag(false),
  ring_one: flag(false),
  ptz: flag(false),
  night_vision: flag(false),
  face_detection: flag(false),
  plate_reading: flag(false),
  bearing_deg: optionalNumber(0, 360),
  fov_deg: optionalNumber(1, 360),
  range_m: optionalNumber(1, 1000),
  stream_url: optionalUrl(),
  snapshot_url: optionalUrl(),
  health: choice(cameraHealth, "unknown"),
  last_seen_at: optionalTime(),
  installation: choice(installationStates, "installed"),
  retention_days: optionalNumber(0, 3650, true),
  source: optionalText(200),
});

export type CameraImportRow = Omit<CameraRow, "source"> & { source?: string | undefined };

export const cameraImportRow = cameraImportFields.transform((r): CameraImportRow => ({
  externalId: r.external_id,
  name: r.name,
  lat: r.lat,
  lon: r.lon,
  address: r.address ?? null,
  ownerType: r.owner_type,
  ownerName: r.owner_name ?? null,
  ownerContact: r.owner_contact ?? null,
  provider: r.provider ?? null,
  accessMode: r.access_mode,
  jscIntegrated: r.jsc_integrated,
  policeConnected: r.police_connected,
  ringOne: r.ring_one,
  ptz: r.ptz,
  nightVision: r.night_vision,
  faceDetection: r.face_detection,
  plateReading: r.plate_reading,
  bearingDeg: r.bearing_deg ?? null,
  fovDeg: r.fov_deg ?? (r.ptz ? 360 : 90),
  rangeM: r.range_m ?? 50,
  streamUrl: r.stream_url ?? null,
  snapshotUrl: r.snapshot_url ?? null,
  health: r.health,
  lastSeenAt: r.last_seen_at ?? null,
  installation: r.installation,
  retentionDays: r.retention_days ?? null,
  source: r.source,
}));

export const cameraRequiredColumns = ["external_id", "name", "lat", "lon", "owner_type"] as const;
