import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

import { trainingSessionStatuses } from "@/lib/training/vocabulary";

import { user } from "./auth";
import { calls } from "./calls";

/** A supervisor's session: these trainees take these scenarios at this pace. */
export const trainingSessions = pgTable("training_sessions", {
  id: serial("id").primaryKey(),
  supervisorId: text("supervisor_id")
    .notNull()
    .references(() => user.id),
  traineeIds: jsonb("trainee_ids").notNull().$type<string[]>(),
  scenarioIds: jsonb("scenario_ids").notNull().$type<string[]>(),
  /** Seconds between two calls to the same trainee; 0 with burst. */
  paceSeconds: integer("pace_seconds").notNull(),
  burst: boolean("burst").notNull().default(false),
  status: text("status", { enum: trainingSessionStatuses }).notNull().default("running"),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
  endedAt: timestamp("ended_at", { withTimezone: true }),
});

// One scenario call of a session to one trainee. Its schedule lives here, not in a process:
// a console started again rings whatever fell due while it was down.
export const trainingCalls = pgTable(
  "training_calls",
  {
    id: serial("id").primaryKey(),
    sessionId: integer("session_id")
      .notNull()
      .references(() => trainingSessions.id),
    traineeId: text("trainee_id")
      .notNull()
      .references(() => user.id),
    scenarioId: text("scenario_id").notNull(),
    position: integer("position").notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    /** The CallSid the training webhook posts, chosen up front so the webhook finds this row. */
    callSid: text("call_sid").notNull().unique(),
    /** When the webhook was posted for it (claimed), so two sweeps never ring it twice. */
    rungAt: timestamp("rung_at", { withTimezone: true }),
    callId: integer("call_id").references(() => calls.id),
    scoredAt: timestamp("scored_at", { withTimezone: true }),
  },
  (t) => [
    // The sweep's questions: what falls due next, and what waits for its score.
    index("training_calls_due_idx")
      .on(t.dueAt)
      .where(sql`rung_at IS NULL`),
    index("training_calls_unscored_idx")
      .on(t.sessionId)
      .where(sql`rung_at IS NOT NULL AND scored_at IS NULL`),
  ],
);
