import { date, integer, pgTable } from "drizzle-orm/pg-core";

// The last incident number handed out per day (Asia/Jakarta). Taking the next one locks the
// day's row until commit, so numbers are unique however many incidents are made at once.
export const incidentCounters = pgTable("incident_counters", {
  day: date("day").primaryKey(),
  last: integer("last").notNull(),
});
