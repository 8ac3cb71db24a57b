import { date, index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

import { footageRequestStatuses, legalBasisCodes } from "@/lib/footage/vocabulary";

import { user } from "./auth";
import { cameras } from "./cameras";
import { incidents } from "./incidents";

export const footageRequests = pgTable(
  "footage_requests",
  {
    id: serial("id").primaryKey(),
    cameraId: integer("camera_id")
      .notNull()
      .references(() => cameras.id),
    incidentId: integer("incident_id")
      .notNull()
      .references(() => incidents.id),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    windowEnd: timestamp("window_end", { withTimezone: true }).notNull(),
    legalBasis: text("legal_basis", { enum: legalBasisCodes }).notNull(),
    requestingUnit: text("requesting_unit").notNull(),
    note: text("note"),
    requesterId: text("requester_id")
      .notNull()
      .references(() => user.id),
    approverId: text("approver_id").references(() => user.id),
    letterNumber: text("letter_number").unique(),
    status: text("status", { enum: footageRequestStatuses }).notNull().default("requested"),
    overwriteOn: date("overwrite_on"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("footage_requests_incident_idx").on(t.incidentId)],
);
