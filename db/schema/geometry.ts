import { customType } from "drizzle-orm/pg-core";

// drizzle's own `geometry` column drops the SRID (rows get SRID 0 and KNN against a 4326
// point fails), so the columns are declared with their full PostGIS type. Values are
// written and read through SQL (ST_MakePoint / ST_X), never as raw strings.
export const point4326 = customType<{ data: string; driverData: string }>({
  dataType: () => "geometry(Point,4326)",
});

export const multiPolygon4326 = customType<{ data: string; driverData: string }>({
  dataType: () => "geometry(MultiPolygon,4326)",
});
