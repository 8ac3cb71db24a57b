-- An incident's record (db/queries/events incidentRecordEvents) finds its calls' events and
-- the views of the cameras around it by an id inside the payload: these partial indexes hold
-- only those events, so the record never reads the whole log.
CREATE INDEX IF NOT EXISTS "incident_events_call_idx" ON "incident_events" USING btree (((payload->'call'->>'id')::int)) WHERE type LIKE 'call.%';--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "incident_events_camera_view_idx" ON "incident_events" USING btree (((payload->>'cameraId')::int), at) WHERE type IN ('auth.camera_view_opened', 'auth.camera_view_closed');
--> statement-breakpoint
-- The supervisor's list of the newest incidents the centre logged: without it, a year of
-- generated history would be read backwards before the first real incident is found.
CREATE INDEX IF NOT EXISTS "incidents_logged_created_idx" ON "incidents" USING btree ("created_at") WHERE NOT generated;
