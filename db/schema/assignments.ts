import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

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
    // The acknowledgement timer lives in the row, not in a process: a console started again
    // finds every job that went unacknowledged while it was down.
    /** When the dispatcher is alerted if the station has not acknowledged by then. */
    ackDueAt: timestamp("ack_due_at", { withTimezone: true }),
    /** When that alert was raised; back to null when the dispatcher chose to wait longer. */
    escalatedAt: timestamp("escalated_at", { withTimezone: true }),
    /** When the dispatcher answered the alert by sending another station as well. */
    escalationHandledAt: timestamp("escalation_handled_at", { withTimezone: true }),
    // Sent by a trainee to a training incident: no station sees it, nobody texts it.
    traineeId: text("trainee_id").references(() => user.id),
    // Made by `npm run history` for review and benchmarks, never by a dispatcher.
    generated: boolean("generated").notNull().default(false),
    // Its incident's creation (which never changes), set by a trigger on every insert (migration
    // 0019): the response-time figures read a month's assignments by it, not every assignment.
    incidentCreatedAt: timestamp("incident_created_at", { withTimezone: true }),
  },
  (t) => [
    index("assignments_incident_idx").on(t.incidentId),
    index("assignments_incident_created_idx").on(t.incidentCreatedAt),
    index("assignments_station_idx").on(t.stationId, t.status),
    // The escalation sweep's question, asked every few seconds: only unacknowledged jobs.
    index("assignments_ack_due_idx")
      .on(t.ackDueAt)
      .where(sql`status = 'dispatched' AND escalated_at IS NULL`),
    // A station works an incident once at a time: two dispatchers sending it together make one.
    uniqueIndex("assignments_active_station_uq")
      .on(t.incidentId, t.stationId)
      .where(sql`status IN ('dispatched', 'acknowledged', 'en_route', 'on_scene')`),
  ],
);
