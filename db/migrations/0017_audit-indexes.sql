CREATE INDEX "incident_events_audit_idx" ON "incident_events" USING btree ("seq") WHERE generated = false;--> statement-breakpoint
CREATE INDEX "incident_events_actor_idx" ON "incident_events" USING btree ("actor_id","seq") WHERE generated = false;--> statement-breakpoint
CREATE INDEX "incident_events_type_idx" ON "incident_events" USING btree ("type","seq") WHERE generated = false;