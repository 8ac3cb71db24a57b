import { boolean, index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

import { agencies, stationKinds } from "@/lib/stations/vocabulary";

import { multiPolygon4326, point4326 } from "./geometry";

export const stations = pgTable(
  "stations",
  {
    id: serial("id").primaryKey(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    agency: text("agency", { enum: agencies }).notNull().default("police"),
    kind: text("kind", { enum: stationKinds }).notNull(),
    parentId: integer("parent_id"),
    location: point4326("location").notNull(),
    locationApproximate: boolean("location_approximate").notNull().default(false),
    address: text("address"),
    // Jurisdiction as kecamatan BPS codes; a polygon when one was imported.
    jurisdictionCodes: text("jurisdiction_codes").array().notNull().default([]),
    jurisdiction: multiPolygon4326("jurisdiction"),
    phone: text("phone"),
    smsNumber: text("sms_number"),
    staffed: boolean("staffed").notNull().default(true),
    source: text("source").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("stations_location_gist").using("gist", t.location),
    index("stations_jurisdiction_gist").using("gist", t.jurisdiction),
  ],
);
