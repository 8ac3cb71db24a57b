-- The gazetteer's trigram index and accent folding (contrib extensions on both databases).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE TABLE "places" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"detail" text,
	"search" text NOT NULL,
	"point" geometry(Point,4326) NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "places_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE INDEX "places_search_trgm" ON "places" USING gin ("search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "places_point_gist" ON "places" USING gist ("point");