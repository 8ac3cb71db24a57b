import { sql } from "drizzle-orm";

import type { PlaceMatch } from "@/lib/places/place-match";

import type { Executor } from "../client";

type Row = Omit<PlaceMatch, "kelurahan"> & { kel_code: string | null; kel_name: string | null };

// Below this many characters a text is only looked for as it is: likeness means little there
// ("ke" is alike to every name with a word in k).
const SIMILAR_FROM = 4;
// The candidates scored are at most this many, the best by a rough score: "apo" is in 488 pharmacies' names, and scoring every one of them is what made typing slow.
const CANDIDATES = 100;

// Kind order among equal matches: an area a call-taker names is the area, the finest first
// ("Kemayoran" is the kelurahan before the hospital or the market of that name).
const kindBonus = sql`CASE p.kind WHEN 'kelurahan' THEN 0.12 WHEN 'kecamatan' THEN 0.11 WHEN 'kota' THEN 0.1 ELSE 0 END`;

/**
 * Places whose name holds the text, best first: the names holding its words, or else those
 * alike to it (word similarity 0.45 or more, so a misspelt name still meets its place); each is scored by
 * the word similarity of every word typed, weighted by its length (so "cipto" outweighs "rs"),
 * plus a little for the whole name's similarity, for a name that starts with the text and for
 * an area, less up to 0.2 for distance from the view (0.01 a kilometre, up to 20 km).
 */
export async function searchPlacesByName(
  db: Executor,
  /** In normalizePlaceName's form. */
  search: string,
  near: { lat: number; lon: number } | null,
  limit = 10,
): Promise<PlaceMatch[]> {
  const view = near ? sql`ST_SetSRID(ST_MakePoint(${near.lon}, ${near.lat}), 4326)` : sql`NULL::geometry`;
  // Candidates, the cheap way first: the names that hold every typed word found anywhere in the
  // gazetteer (a word found nowhere, a typo, is left to the scoring), by LIKE, which costs
  // little per name. Only when no name holds them, and from SIMILAR_FROM characters on, the
  // names alike (word similarity 0.45 or more, place_candidates of migration 0009, through the
  // GIN trigram index): alikeness is what costs, and "puskesmas kelurahan ke" is alike to 866
  // names. Of either, the per-word scoring reads only the best by the final score's cheap half
  // (whole-name likeness, kind, distance). One statement, one round trip.
  const rough = sql`(similarity(p.search, q.s) + ${kindBonus} - coalesce(least((p.point <-> q.g) * 111000, 20000) / 100000, 0))`;
  const { rows } = await db.execute<Row & Record<string, unknown>>(sql`
    WITH q AS (SELECT unaccent(${search}) AS s, ${view} AS g),
    known AS (
      SELECT coalesce(array_agg('%' || w || '%'), '{}') AS likes
      FROM q, unnest(string_to_array(q.s, ' ')) AS w
      WHERE w <> '' AND EXISTS (SELECT 1 FROM places WHERE search LIKE '%' || w || '%')),
    exact AS (
      SELECT p.* FROM q, known k, places p
      WHERE cardinality(k.likes) > 0 AND p.search LIKE ALL (k.likes)
      ORDER BY ${rough} DESC LIMIT ${CANDIDATES}),
    alike AS (
      SELECT p.* FROM q, place_candidates(q.s) p
      WHERE length(q.s) >= ${SIMILAR_FROM} AND NOT EXISTS (SELECT 1 FROM exact)
      ORDER BY ${rough} DESC LIMIT ${CANDIDATES}),
    found AS (
      SELECT p.name, p.kind, p.detail, p.point,
        (SELECT sum(length(w) * word_similarity(w, p.search)) / sum(length(w))
         FROM unnest(string_to_array(q.s, ' ')) AS w) AS match,
        CASE WHEN q.g IS NULL THEN NULL ELSE ST_DistanceSphere(p.point, q.g) END AS distance_m,
        0.2 * similarity(q.s, p.search) + CASE WHEN p.search LIKE q.s || '%' THEN 0.1 ELSE 0 END
          + ${kindBonus} AS bonus
      FROM q CROSS JOIN (SELECT * FROM exact UNION ALL SELECT * FROM alike) p),
    ranked AS (
      SELECT *, match + bonus - coalesce(least(distance_m, 20000) / 100000, 0) AS score FROM found
      ORDER BY score DESC, name LIMIT ${limit})
    SELECT f.name, f.kind, f.detail, ST_Y(f.point) AS lat, ST_X(f.point) AS lon, f.distance_m AS "distanceM",
      f.match, kel.code AS kel_code, kel.name AS kel_name
    FROM ranked f
    LEFT JOIN LATERAL (
      SELECT code, name FROM areas
      WHERE level = 'kelurahan' AND NOT is_water AND geom IS NOT NULL AND ST_Covers(geom, f.point)
      LIMIT 1) kel ON true
    ORDER BY f.score DESC, f.name`);
  return rows.map(({ kel_code, kel_name, ...r }) => ({
    ...r,
    kelurahan: kel_code ? { code: kel_code, name: kel_name! } : null,
  }));
}
