import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

import { incidentDispositions } from "@/lib/dispatch/vocabulary";
import { incidentSources, incidentStatuses, incidentTypes, priorities } from "@/lib/incidents/vocabulary";

import { user } from "./auth";
import { point4326 } from "./geometry";

export const incidents = pgTable(
  "incidents",
  {
    id: serial("id").primaryKey(),
    number: text("number").notNull().unique(),
    type: text("type", { enum: incidentTypes }).notNull(),
    priority: text("priority", { enum: priorities }).notNull(),
    status: text("status", { enum: incidentStatuses }).notNull().default("open"),
    location: point4326("location").notNull(),
    address: text("address"),
    kelurahanCode: text("kelurahan_code"),
    kecamatanCode: text("kecamatan_code"),
    kotaCode: text("kota_code"),
    description: text("description"),
    source: text("source", { enum: incidentSources }).notNull().default("call"),
    sourceCameraId: integer("source_camera_id"),
    createdBy: text("created_by").references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    disposition: text("disposition", { enum: incidentDispositions }),
    // A training session's incident, of this trainee: never on a real polsek's screen, SMS or figure.
    traineeId: text("trainee_id").references(() => user.id),
    // Made by `npm run history` for review and benchmarks, never by a call-taker.
    generated: boolean("generated").notNull().default(false),
    // Each step's first time, for the response-time figures (db/queries/response-times.ts): kept
    // by triggers on calls and assignments (migration 0019) in the transaction that changes them,
    // so a month's figures read a range of incidents instead of every incident's calls and
    // assignments. Copies of their rows, so without foreign keys of their own.
    /** The first (non-training) call's ringing. */
    firstRangAt: timestamp("first_rang_at", { withTimezone: true }),
    /** The earliest answer among the incident's (non-training) calls. */
    firstAnsweredAt: timestamp("first_answered_at", { withTimezone: true }),
    /** The call-taker of the first call to ring. */
    firstCallTakerId: text("first_call_taker_id"),
    /** The first dispatch, a cancelled assignment's too. */
    firstDispatchedAt: timestamp("first_dispatched_at", { withTimezone: true }),
    /** The station of that first dispatch. */
    firstStationId: integer("first_station_id"),
    /** The first unit on scene. */
    firstOnSceneAt: timestamp("first_on_scene_at", { withTimezone: true }),
  },
  (t) => [
    // The response-time figures' question: incidents over a time range.
    index("incidents_created_idx").on(t.createdAt),
    index("incidents_location_gist").using("gist", t.location),
    index("incidents_status_idx").on(t.status, t.createdAt),
    // The open incidents (every screen's board, in its order): a handful, never the history
    // read to find them.
    index("incidents_open_idx")
      .on(t.priority, t.createdAt)
      .where(sql`status NOT IN ('closed', 'cancelled')`),
  ],
);
