import { boolean, index, integer, pgTable, real, serial, text, timestamp } from "drizzle-orm/pg-core";

import { accessModes, cameraHealth, installationStates, ownerTypes } from "@/lib/cameras/vocabulary";

import { point4326 } from "./geometry";

export const cameras = pgTable(
  "cameras",
  {
    id: serial("id").primaryKey(),
    externalId: text("external_id").notNull().unique(),
    name: text("name").notNull(),
    location: point4326("location").notNull(),
    address: text("address"),
    ownerType: text("owner_type", { enum: ownerTypes }).notNull(),
    ownerName: text("owner_name"),
    ownerContact: text("owner_contact"),
    provider: text("provider"),
    accessMode: text("access_mode", { enum: accessModes }).notNull(),
    jscIntegrated: boolean("jsc_integrated").notNull().default(false),
    policeConnected: boolean("police_connected").notNull().default(false),
    ringOne: boolean("ring_one").notNull().default(false),
    ptz: boolean("ptz").notNull().default(false),
    nightVision: boolean("night_vision").notNull().default(false),
    faceDetection: boolean("face_detection").notNull().default(false),
    plateReading: boolean("plate_reading").notNull().default(false),
    bearingDeg: real("bearing_deg"),
    fovDeg: real("fov_deg").notNull().default(90),
    rangeM: real("range_m").notNull().default(50),
    // Never sent to a role that may not see it; see lib/cameras.
    streamUrl: text("stream_url"),
    snapshotUrl: text("snapshot_url"),
    health: text("health", { enum: cameraHealth }).notNull().default("unknown"),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }),
    installation: text("installation", { enum: installationStates }).notNull().default("installed"),
    retentionDays: integer("retention_days"),
    // The kelurahan whose boundary holds the camera, with its kecamatan and kota (BPS codes), set
    // when the camera is written (db/queries/upsert-cameras): the registry's filters and counts per
    // kota read them by index instead of testing a million points against polygons.
    kelurahanCode: text("kelurahan_code"),
    kecamatanCode: text("kecamatan_code"),
    kotaCode: text("kota_code"),
    generated: boolean("generated").notNull().default(false),
    source: text("source").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("cameras_location_gist").using("gist", t.location),
    index("cameras_kecamatan_idx").on(t.kecamatanCode),
    index("cameras_kota_idx").on(t.kotaCode),
    index("cameras_kelurahan_idx").on(t.kelurahanCode),
  ],
);
