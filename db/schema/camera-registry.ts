import { integer, pgTable, real, text, timestamp } from "drizzle-orm/pg-core";

import { user } from "./auth";

/** The installation target an admin sets per provider; the registry shows each provider's progress against it. */
export const providerTargets = pgTable("provider_targets", {
  provider: text("provider").primaryKey(),
  target: integer("target").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A camera monitor bound to a kecamatan or kelurahan (BPS code) sees that area's cameras first. */
export const monitorAreas = pgTable("monitor_areas", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  areaCode: text("area_code").notNull(),
});

/**
 * Coverage on H3 cells (resolution 9) over Jakarta's kelurahan: whether some camera's view cone
 * reaches into the cell. Recomputed whole when the registry changes (lib/coverage).
 */
export const coverageCells = pgTable("coverage_cells", {
  h3: text("h3").primaryKey(),
  kelurahanCode: text("kelurahan_code").notNull(),
  kecamatanCode: text("kecamatan_code").notNull(),
  kotaCode: text("kota_code").notNull(),
  /** Share of the cell's sample points (its centre and its seven children's) inside some cone. */
  seenShare: real("seen_share").notNull(),
  cameras: integer("cameras").notNull(),
});
