-- The gazetteer's candidates for a search text: the places whose name has a word similarity of
-- 0.45 or more to it (so a misspelt word still meets its place), through the GIN trigram index.
-- The table is small enough that the planner prices a sequential scan (word_similarity on each
-- of its 2,460 rows: 7 ms on PostgreSQL, more on PGlite) below the index (1.5 ms), so the
-- function turns sequential scans off for its own query only. It holds the threshold too, so a
-- search is one statement with no SET before it.
CREATE OR REPLACE FUNCTION place_candidates(search_text text) RETURNS SETOF places
LANGUAGE sql STABLE
SET pg_trgm.word_similarity_threshold = 0.45
SET enable_seqscan = off
AS $$ SELECT * FROM places WHERE search_text <% search $$;
