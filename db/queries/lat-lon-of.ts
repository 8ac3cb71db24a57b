import { type AnyColumn, sql } from "drizzle-orm";

/** A point column's coordinates as two selected fields, for a query's `select({ ...latLonOf(t.location) })`. */
export const latLonOf = (location: AnyColumn) => ({
  lat: sql<number>`ST_Y(${location})`,
  lon: sql<number>`ST_X(${location})`,
});
