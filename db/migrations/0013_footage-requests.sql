ALTER TABLE "footage_requests" ADD COLUMN "requesting_unit" text NOT NULL;--> statement-breakpoint
ALTER TABLE "footage_requests" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "footage_requests" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;