import { index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { incidents } from "./incidents";

export const callClassifications = ["emergency", "prank", "abandoned", "info", "duplicate"] as const;
export const callStatuses = ["ringing", "in_progress", "completed", "no_answer", "busy", "failed", "abandoned"] as const;

export const calls = pgTable(
  "calls",
  {
    id: serial("id").primaryKey(),
    callSid: text("call_sid").unique(),
    callerNumber: text("caller_number").notNull(),
    status: text("status", { enum: callStatuses }).notNull().default("ringing"),
    ringingAt: timestamp("ringing_at", { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    classification: text("classification", { enum: callClassifications }),
    callTakerId: text("call_taker_id").references(() => user.id),
    incidentId: integer("incident_id").references(() => incidents.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("calls_caller_idx").on(t.callerNumber), index("calls_ringing_idx").on(t.ringingAt)],
);
