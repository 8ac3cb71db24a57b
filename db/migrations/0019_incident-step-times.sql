-- The response-time figures (db/queries/response-times.ts) read a range of incidents, of calls
-- and of assignments instead of every incident's calls and assignments: each incident keeps its
-- first steps, worked out from its calls and assignments as those figures define them,
--   first_rang_at, first_answered_at  the earliest ringing and the earliest answer among its
--                                      calls, training calls left out
--   first_call_taker_id                the call-taker of the call that rang first
--   first_dispatched_at, first_station_id, first_on_scene_at
--                                      the earliest dispatch (a cancelled one counts: the
--                                      incident was handed on then) with its station, and the
--                                      earliest unit on scene
-- and each assignment keeps its incident's creation. Triggers keep both, in the transaction
-- that changes a call or an assignment, whoever writes it (the console, npm run history, a
-- hand-written fix).
ALTER TABLE "assignments" ADD COLUMN "incident_created_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "first_rang_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "first_answered_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "first_call_taker_id" text;
--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "first_dispatched_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "first_station_id" integer;
--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "first_on_scene_at" timestamp with time zone;
--> statement-breakpoint
-- What is there already, set-wise (one new row version each), before any trigger exists.
UPDATE assignments a SET incident_created_at = i.created_at FROM incidents i WHERE i.id = a.incident_id;
--> statement-breakpoint
CREATE INDEX "assignments_incident_created_idx" ON "assignments" USING btree ("incident_created_at");
--> statement-breakpoint
UPDATE incidents i
SET first_rang_at = c.rang_at, first_answered_at = c.answered_at, first_call_taker_id = c.call_taker_id,
    first_dispatched_at = a.dispatched_at, first_station_id = a.station_id, first_on_scene_at = a.on_scene_at
FROM (
  SELECT k.incident_id, min(k.ringing_at) AS rang_at, min(k.answered_at) AS answered_at,
         (array_agg(k.call_taker_id ORDER BY k.ringing_at, k.id))[1] AS call_taker_id
  FROM calls k WHERE k.incident_id IS NOT NULL AND NOT k.training GROUP BY k.incident_id
) c
FULL JOIN (
  SELECT s.incident_id, min(s.dispatched_at) AS dispatched_at, min(s.on_scene_at) AS on_scene_at,
         (array_agg(s.station_id ORDER BY s.dispatched_at, s.id))[1] AS station_id
  FROM assignments s GROUP BY s.incident_id
) a ON a.incident_id = c.incident_id
WHERE i.id = coalesce(c.incident_id, a.incident_id);
--> statement-breakpoint
CREATE FUNCTION assignments_incident_created_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT created_at INTO NEW.incident_created_at FROM incidents WHERE id = NEW.incident_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER assignments_incident_created_at BEFORE INSERT OR UPDATE OF incident_id ON assignments
  FOR EACH ROW EXECUTE FUNCTION assignments_incident_created_at();
--> statement-breakpoint
-- An incident's first steps are worked out again (not patched) whenever one of its calls or
-- assignments changes, so a call linked later, a call moved to another incident or a cancelled
-- assignment leave them right. The incidents are locked before they are read: a concurrent
-- change to the same incident has committed by then, and the read (a new statement) sees it.
CREATE FUNCTION incident_call_steps_refresh(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(ids) IS DISTINCT FROM 0 THEN
    PERFORM 1 FROM incidents WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
    UPDATE incidents i
    SET first_rang_at = c.rang_at, first_answered_at = c.answered_at, first_call_taker_id = c.call_taker_id
    FROM (SELECT DISTINCT unnest(ids) AS id) x
    LEFT JOIN LATERAL (
      SELECT min(k.ringing_at) AS rang_at, min(k.answered_at) AS answered_at,
             (array_agg(k.call_taker_id ORDER BY k.ringing_at, k.id))[1] AS call_taker_id
      FROM calls k WHERE k.incident_id = x.id AND NOT k.training
    ) c ON true
    WHERE i.id = x.id
      AND (i.first_rang_at, i.first_answered_at, i.first_call_taker_id)
          IS DISTINCT FROM (c.rang_at, c.answered_at, c.call_taker_id);
  END IF;
END $$;
--> statement-breakpoint
CREATE FUNCTION incident_dispatch_steps_refresh(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(ids) IS DISTINCT FROM 0 THEN
    PERFORM 1 FROM incidents WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
    UPDATE incidents i
    SET first_dispatched_at = a.dispatched_at, first_station_id = a.station_id, first_on_scene_at = a.on_scene_at
    FROM (SELECT DISTINCT unnest(ids) AS id) x
    LEFT JOIN LATERAL (
      SELECT min(s.dispatched_at) AS dispatched_at, min(s.on_scene_at) AS on_scene_at,
             (array_agg(s.station_id ORDER BY s.dispatched_at, s.id))[1] AS station_id
      FROM assignments s WHERE s.incident_id = x.id
    ) a ON true
    WHERE i.id = x.id
      AND (i.first_dispatched_at, i.first_station_id, i.first_on_scene_at)
          IS DISTINCT FROM (a.dispatched_at, a.station_id, a.on_scene_at);
  END IF;
END $$;
--> statement-breakpoint
-- Statement triggers over the changed rows: a bulk insert (npm run history) works out each
-- batch's incidents in one statement, and a change to no step column (a call's status, an
-- assignment's note) works out nothing.
CREATE FUNCTION calls_incident_steps() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM incident_call_steps_refresh(ARRAY(SELECT DISTINCT incident_id FROM new_rows WHERE incident_id IS NOT NULL));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM incident_call_steps_refresh(ARRAY(SELECT DISTINCT incident_id FROM old_rows WHERE incident_id IS NOT NULL));
  ELSE
    PERFORM incident_call_steps_refresh(ARRAY(
      SELECT DISTINCT x.id
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      CROSS JOIN LATERAL unnest(ARRAY[o.incident_id, n.incident_id]) AS x(id)
      WHERE x.id IS NOT NULL
        AND (o.incident_id, o.ringing_at, o.answered_at, o.call_taker_id, o.training)
            IS DISTINCT FROM (n.incident_id, n.ringing_at, n.answered_at, n.call_taker_id, n.training)));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION assignments_incident_steps() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM incident_dispatch_steps_refresh(ARRAY(SELECT DISTINCT incident_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM incident_dispatch_steps_refresh(ARRAY(SELECT DISTINCT incident_id FROM old_rows));
  ELSE
    PERFORM incident_dispatch_steps_refresh(ARRAY(
      SELECT DISTINCT x.id
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      CROSS JOIN LATERAL unnest(ARRAY[o.incident_id, n.incident_id]) AS x(id)
      WHERE (o.incident_id, o.dispatched_at, o.station_id, o.on_scene_at)
            IS DISTINCT FROM (n.incident_id, n.dispatched_at, n.station_id, n.on_scene_at)));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER calls_incident_steps_insert AFTER INSERT ON calls
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION calls_incident_steps();
--> statement-breakpoint
CREATE TRIGGER calls_incident_steps_update AFTER UPDATE ON calls
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION calls_incident_steps();
--> statement-breakpoint
CREATE TRIGGER calls_incident_steps_delete AFTER DELETE ON calls
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION calls_incident_steps();
--> statement-breakpoint
CREATE TRIGGER assignments_incident_steps_insert AFTER INSERT ON assignments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION assignments_incident_steps();
--> statement-breakpoint
CREATE TRIGGER assignments_incident_steps_update AFTER UPDATE ON assignments
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION assignments_incident_steps();
--> statement-breakpoint
CREATE TRIGGER assignments_incident_steps_delete AFTER DELETE ON assignments
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION assignments_incident_steps();
