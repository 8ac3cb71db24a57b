import { sql } from "drizzle-orm";
import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

import { assignmentOutcomes, assignmentStatuses } from "@/lib/dispatch/vocabulary";

import { user } from "./auth";
import { incidents } from "./incidents";
import { stations } from "./stations";

export const assignments = pgTable(
  "assignments",
  {
    id: serial("id").primaryKey(),
    incidentId: integer("incident_id")
      .notNull()
      .references(() => incidents.id),
    stationId: integer("station_id")
      .notNull()
      .references(() => stations.id),
    dispatcherId: text("dispatcher_id").references(() => user.id),
    status: text("status", { enum: assignmentStatuses }).notNull().default("dispatched"),
    dispatchedAt: timestamp("dispatched_at", { withTimezone: true }).notNull().defaultNow(),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    enRouteAt: timestamp("en_route_at", { withTimezone: true }),
    onSceneAt: timestamp("on_scene_at", { withTimezone: true }),
    clearedAt: timestamp("cleared_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    /** The patrol unit the station sent, named on acknowledgement. */
    unit: text("unit"),
    outcome: text("outcome", { enum: assignmentOutcomes }),
    fieldReport: text("field_report"),
    /** The last note given with a change of status (why it was cancelled, for one). */
    note: text("note"),
  },
  (t) => [
    index("assignments_incident_idx").on(t.incidentId),
    index("assignments_station_idx").on(t.stationId, t.status),
    // A station works an incident once at a time: two dispatchers sending it together make one.
    uniqueIndex("assignments_active_station_uq")
      .on(t.incidentId, t.stationId)
      .where(sql`status IN ('dispatched', 'acknowledged', 'en_route', 'on_scene')`),
  ],
);
