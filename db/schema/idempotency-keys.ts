import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

// A POST sent with an Idempotency-Key, per user: the first request's fingerprint and, once it
// has answered, its status and body, so that a retry gets the same answer and does nothing
// again. Kept 24 hours; `status` is null while the first request is still in flight.
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: text("user_id").notNull(),
    key: text("key").notNull(),
    fingerprint: text("fingerprint").notNull(),
    status: integer("status"),
    // The answer as sent, byte for byte (jsonb would reorder its keys).
    body: text("body"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index("idempotency_keys_created_at").on(t.createdAt)],
);
