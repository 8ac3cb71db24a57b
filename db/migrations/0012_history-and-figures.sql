ALTER TABLE "assignments" ADD COLUMN "generated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "generated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "incident_events" ADD COLUMN "generated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "generated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "calls_ringing_idx" ON "calls" USING btree ("ringing_at") INCLUDE ("answered_at", "incident_id", "call_taker_id", "training");--> statement-breakpoint
CREATE INDEX "calls_incident_idx" ON "calls" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "incidents_created_idx" ON "incidents" USING btree ("created_at");