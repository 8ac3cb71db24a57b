CREATE TABLE "training_calls" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"trainee_id" text NOT NULL,
	"scenario_id" text NOT NULL,
	"position" integer NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"call_sid" text NOT NULL,
	"rung_at" timestamp with time zone,
	"call_id" integer,
	"scored_at" timestamp with time zone,
	CONSTRAINT "training_calls_call_sid_unique" UNIQUE("call_sid")
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"supervisor_id" text NOT NULL,
	"trainee_ids" jsonb NOT NULL,
	"scenario_ids" jsonb NOT NULL,
	"pace_seconds" integer NOT NULL,
	"burst" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "trainee_id" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "trainee_id" text;--> statement-breakpoint
ALTER TABLE "incident_events" ADD COLUMN "trainee_id" text;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "trainee_id" text;--> statement-breakpoint
ALTER TABLE "training_calls" ADD CONSTRAINT "training_calls_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_calls" ADD CONSTRAINT "training_calls_trainee_id_user_id_fk" FOREIGN KEY ("trainee_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_calls" ADD CONSTRAINT "training_calls_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_supervisor_id_user_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_calls_due_idx" ON "training_calls" USING btree ("due_at") WHERE rung_at IS NULL;--> statement-breakpoint
CREATE INDEX "training_calls_unscored_idx" ON "training_calls" USING btree ("session_id") WHERE rung_at IS NOT NULL AND scored_at IS NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_trainee_id_user_id_fk" FOREIGN KEY ("trainee_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_trainee_id_user_id_fk" FOREIGN KEY ("trainee_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_trainee_id_user_id_fk" FOREIGN KEY ("trainee_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_events_trainee_idx" ON "incident_events" USING btree ("trainee_id","seq") WHERE trainee_id IS NOT NULL;