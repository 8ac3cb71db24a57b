import { boolean, index, pgTable, real, text, timestamp } from "drizzle-orm/pg-core";

import { areaLevels } from "@/lib/geo/vocabulary";

import { multiPolygon4326, point4326 } from "./geometry";

// Kota, kecamatan and kelurahan keyed by BPS code. `point` is a place inside the area
// (always known, from the built-in table); `geom` is the boundary once imported.
export const areas = pgTable(
  "areas",
  {
    code: text("code").primaryKey(),
    level: text("level", { enum: areaLevels }).notNull(),
    name: text("name").notNull(),
    parentCode: text("parent_code"),
    kotaCode: text("kota_code").notNull(),
    isWater: boolean("is_water").notNull().default(false),
    areaKm2: real("area_km2"),
    point: point4326("point").notNull(),
    geom: multiPolygon4326("geom"),
    source: text("source").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("areas_level_idx").on(t.level),
    index("areas_point_gist").using("gist", t.point),
    index("areas_geom_gist").using("gist", t.geom),
  ],
);
