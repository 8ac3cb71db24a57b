import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

import { callClassifications, callStatuses } from "@/lib/calls/vocabulary";

import { user } from "./auth";
import { incidents } from "./incidents";

export const calls = pgTable(
  "calls",
  {
    id: serial("id").primaryKey(),
    callSid: text("call_sid").unique(),
    callerNumber: text("caller_number").notNull(),
    calledNumber: text("called_number"),
    // Rung by the console's training button (signed with the training token), not by Twilio.
    training: boolean("training").notNull().default(false),
    // Rung for this trainee by a training session: on no one else's screen, in no figure.
    traineeId: text("trainee_id").references(() => user.id),
    // Logged by hand by a call-taker (no Twilio), rather than by a webhook.
    manual: boolean("manual").notNull().default(false),
    status: text("status", { enum: callStatuses }).notNull().default("ringing"),
    ringingAt: timestamp("ringing_at", { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    classification: text("classification", { enum: callClassifications }),
    // An abandoned call stays on the callback list until a call-taker has called back.
    calledBackAt: timestamp("called_back_at", { withTimezone: true }),
    callTakerId: text("call_taker_id").references(() => user.id),
    incidentId: integer("incident_id").references(() => incidents.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // Made by `npm run history` for review and benchmarks, never by a caller.
    generated: boolean("generated").notNull().default(false),
  },
  (t) => [
    // The figures' and the call volume's question: calls over a time range. The migration makes
    // it cover the answer time's columns (INCLUDE, which drizzle-kit does not write): a month's
    // calls are then read from the index alone, several times faster than from the table.
    index("calls_ringing_idx").on(t.ringingAt),
    index("calls_incident_idx").on(t.incidentId),
    index("calls_caller_idx").on(t.callerNumber, t.ringingAt),
    index("calls_status_idx").on(t.status, t.ringingAt),
    // The callback list (the call-takers' and the supervisor's): a few calls, never the history's
    // hundreds of thousands of generated abandoned ones read one by one.
    index("calls_callback_idx")
      .on(t.ringingAt)
      .where(sql`status IN ('abandoned', 'no_answer') AND called_back_at IS NULL AND NOT generated`),
  ],
);
