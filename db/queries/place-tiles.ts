import { sql } from "drizzle-orm";

import type { Bounds } from "@/lib/cameras/tile-grid";
import type { LandmarkKind } from "@/lib/places/vocabulary";

import type { Executor } from "../client";

export interface TilePlace {
  id: number;
  name: string;
  kind: LandmarkKind;
  detail: string | null;
  lon: number;
  lat: number;
}

/**
 * The landmarks inside the bounds (one GiST query), the kinds a caller names most first and then
 * by name, at most `limit`: a dense tile keeps its hospitals and stations over its pharmacies.
 */
export async function landmarksInBounds(
  db: Executor,
  b: Bounds,
  kindsFirstToLast: readonly LandmarkKind[],
  limit: number,
): Promise<TilePlace[]> {
  const { rows } = await db.execute<TilePlace & Record<string, unknown>>(sql`
    SELECT id, name, kind, detail, ST_X(point) AS lon, ST_Y(point) AS lat
    FROM places
    WHERE point && ST_MakeEnvelope(${b.west}, ${b.south}, ${b.east}, ${b.north}, 4326)
      AND kind = ANY(${`{${kindsFirstToLast.join(",")}}`}::text[])
    ORDER BY array_position(${`{${kindsFirstToLast.join(",")}}`}::text[], kind), name
    LIMIT ${limit}`);
  return rows;
}
