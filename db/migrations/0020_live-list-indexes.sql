-- The live lists every screen opens with, from indexes of just their rows: the open incidents
-- (with their calls and assignments) and the callback list. A year of history is hundreds of
-- thousands of closed incidents and abandoned calls that these lists would otherwise read.
CREATE INDEX "calls_callback_idx" ON "calls" USING btree ("ringing_at") WHERE status IN ('abandoned', 'no_answer') AND called_back_at IS NULL AND NOT generated;--> statement-breakpoint
CREATE INDEX "incidents_open_idx" ON "incidents" USING btree ("priority","created_at") WHERE status NOT IN ('closed', 'cancelled');
