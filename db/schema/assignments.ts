import { index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

import { assignmentStatuses } from "@/lib/dispatch/vocabulary";

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
    outcome: text("outcome"),
    fieldReport: text("field_report"),
  },
  (t) => [
    index("assignments_incident_idx").on(t.incidentId),
    index("assignments_station_idx").on(t.stationId, t.status),
  ],
);
