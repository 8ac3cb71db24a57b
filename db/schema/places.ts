import { index, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

import { placeKinds } from "@/lib/places/vocabulary";

import { point4326 } from "./geometry";

// The gazetteer: every named place a call-taker may say (areas, stations, named cameras,
// landmarks), keyed by where it came from (`kelurahan:3173080003`, `landmark:<name>@lat,lon`).
// `search` is the name in normalizePlaceName's form, passed through unaccent.
export const places = pgTable(
  "places",
  {
    id: serial("id").primaryKey(),
    key: text("key").notNull().unique(),
    name: text("name").notNull(),
    kind: text("kind", { enum: placeKinds }).notNull(),
    detail: text("detail"),
    search: text("search").notNull(),
    point: point4326("point").notNull(),
    source: text("source").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("places_search_trgm").using("gin", t.search.op("gin_trgm_ops")),
    index("places_point_gist").using("gist", t.point),
  ],
);
