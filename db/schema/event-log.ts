import { sql } from "drizzle-orm";
import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

import { incidents } from "./incidents";
import { stations } from "./stations";

// The event log, append-only: the timeline, the audit trail and the source of every
// response-time figure. The table keeps the name DESIGN.md gives it. `stationId` scopes an
// event to one station's officers; null means every console role.
export const eventLog = pgTable(
  "incident_events",
  {
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    incidentId: integer("incident_id").references(() => incidents.id),
    stationId: integer("station_id").references(() => stations.id),
    type: text("type").notNull(),
    payload: jsonb("payload").notNull().$type<Record<string, unknown>>(),
    actorId: text("actor_id"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    // An event of a training session's call or incident: it reaches only that trainee (and a
    // training.* event the supervisors too), never another user's screen or a figure.
    traineeId: text("trainee_id"),
    // Written by `npm run history` for review and benchmarks, never broadcast to a console.
    generated: boolean("generated").notNull().default(false),
  },
  (t) => [
    index("incident_events_incident_idx").on(t.incidentId, t.seq),
    // A trainee's own events, read to score their calls and to show their page.
    index("incident_events_trainee_idx")
      .on(t.traineeId, t.seq)
      .where(sql`trainee_id IS NOT NULL`),
    // The audit trail pages back by seq over the console's own events only, whose user or
    // action filters each have their index: a year of generated history never stands between.
    index("incident_events_audit_idx")
      .on(t.seq)
      .where(sql`generated = false`),
    index("incident_events_actor_idx")
      .on(t.actorId, t.seq)
      .where(sql`generated = false`),
    index("incident_events_type_idx")
      .on(t.type, t.seq)
      .where(sql`generated = false`),
  ],
);
