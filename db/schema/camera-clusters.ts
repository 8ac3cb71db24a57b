import { doublePrecision, integer, pgTable, primaryKey, smallint } from "drizzle-orm/pg-core";

/**
 * Cameras counted per cell of the web-mercator grid at each level (a cell of level L is tile L's
 * square), the camera map's clusters at low zooms: a tile of zoom z draws the cells of level z+4
 * inside it, read by primary key instead of counting up to a million cameras per tile.
 * Rebuilt from `cameras` whenever the registry changes (lib/cameras/camera-clusters).
 */
export const cameraClusters = pgTable(
  "camera_clusters",
  {
    level: smallint("level").notNull(),
    cx: integer("cx").notNull(),
    cy: integer("cy").notNull(),
    count: integer("count").notNull(),
    live: integer("live").notNull(),
    offline: integer("offline").notNull(),
    // The map's legend sums the coarsest level rather than count a million cameras on each load.
    generated: integer("generated").notNull().default(0),
    // The mean position of the cell's cameras: a cluster sits where its cameras are, not on the grid.
    lon: doublePrecision("lon").notNull(),
    lat: doublePrecision("lat").notNull(),
  },
  (t) => [primaryKey({ columns: [t.level, t.cx, t.cy] })],
);
