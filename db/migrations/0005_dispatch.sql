ALTER TABLE "assignments" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "unit" text;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "disposition" text;--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_active_station_uq" ON "assignments" USING btree ("incident_id","station_id") WHERE status IN ('dispatched', 'acknowledged', 'en_route', 'on_scene');