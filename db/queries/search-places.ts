import { sql } from "drizzle-orm";

import type { PlaceMatch } from "@/lib/places/place-match";

import type { Executor } from "../client";

type Row = Omit<PlaceMatch, "kelurahan"> & { kel_code: string | null; kel_name: string | null };

// Kind order among equal matches: an area a call-taker names is the area, the finest first
// ("Kemayoran" is the kelurahan before the hospital or the market of that name).
const SIMILAR_FROM = 4;
// The candidates scored are at most this many, the best by a rough score: "apo" is in 488 pharmacies' names, and scoring every one of them is what made typing slow.
const CANDIDATES = 100;

const kindBonus = sql`CASE p.kind WHEN 'kelurahan' THEN 0.12 WHEN 'kecamatan' THEN 0.11 WHEN 'kota' THEN 0.1 ELSE 0 END`;

/**
 * Places whose name holds the text, best first. The GIN trigram index finds the candidates
 * (word similarity 0.45 or more, so a misspelt word still meets its place); each is scored by
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
  // Candidates: below SIMILAR_FROM characters, the names that hold the text (likeness means
  // little there: "ke" is alike to every name with a word in k, and scoring a thousand rows a
  // keystroke made typing slow); from there on, those place_candidates (migration 0008) finds
  // alike through the GIN trigram index at its threshold of 0.45. Of those, the per-word scoring
  // reads only the best by the final score's cheap half (whole-name likeness, kind, distance).
  // One statement, one round trip.
  const rough = sql`(similarity(p.search, q.s) + ${kindBonus} - coalesce(least((p.point <-> q.g) * 111000, 20000) / 100000, 0))`;
  const { rows } = await db.execute<Row & Record<string, unknown>>(sql`
    WITH q AS (SELECT unaccent(${search}) AS s, ${view} AS g),
    found AS (
      SELECT p.name, p.kind, p.detail, p.point,
        (SELECT sum(length(w) * word_similarity(w, p.search)) / sum(length(w))
         FROM unnest(string_to_array(q.s, ' ')) AS w) AS match,
        CASE WHEN q.g IS NULL THEN NULL ELSE ST_DistanceSphere(p.point, q.g) END AS distance_m,
        0.2 * similarity(q.s, p.search) + CASE WHEN p.search LIKE q.s || '%' THEN 0.1 ELSE 0 END
          + ${kindBonus} AS bonus
      FROM q CROSS JOIN LATERAL (
        (SELECT p.* FROM places p WHERE length(q.s) < ${SIMILAR_FROM} AND p.search LIKE '%' || q.s || '%'
         ORDER BY ${rough} DESC LIMIT ${CANDIDATES})
        UNION
        (SELECT p.* FROM place_candidates(q.s) p WHERE length(q.s) >= ${SIMILAR_FROM}
         ORDER BY ${rough} DESC LIMIT ${CANDIDATES})) p),
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
