ALTER TABLE "assignments" ADD COLUMN "ack_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "escalated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "escalation_handled_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "assignments_ack_due_idx" ON "assignments" USING btree ("ack_due_at") WHERE status = 'dispatched' AND escalated_at IS NULL;