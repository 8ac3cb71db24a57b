import { doublePrecision, index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

import { user } from "./auth";
import { calls } from "./calls";

// A one-time link texted to a caller: their phone posts its location through it. Only the
// token's hash is kept, so the table gives no one a working link.
export const locationLinks = pgTable(
  "location_links",
  {
    id: serial("id").primaryKey(),
    tokenHash: text("token_hash").notNull().unique(),
    callId: integer("call_id")
      .notNull()
      .references(() => calls.id),
    createdBy: text("created_by")
      .notNull()
      .references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    accuracyM: doublePrecision("accuracy_m"),
  },
  (t) => [index("location_links_call_idx").on(t.callId)],
);
