CREATE TABLE "camera_clusters" (
	"level" smallint NOT NULL,
	"cx" integer NOT NULL,
	"cy" integer NOT NULL,
	"count" integer NOT NULL,
	"live" integer NOT NULL,
	"offline" integer NOT NULL,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	CONSTRAINT "camera_clusters_level_cx_cy_pk" PRIMARY KEY("level","cx","cy")
);
--> statement-breakpoint
CREATE TABLE "coverage_cells" (
	"h3" text PRIMARY KEY NOT NULL,
	"kelurahan_code" text NOT NULL,
	"kecamatan_code" text NOT NULL,
	"kota_code" text NOT NULL,
	"seen_share" real NOT NULL,
	"cameras" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitor_areas" (
	"user_id" text PRIMARY KEY NOT NULL,
	"area_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provider_targets" (
	"provider" text PRIMARY KEY NOT NULL,
	"target" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cameras" ADD COLUMN "kelurahan_code" text;--> statement-breakpoint
ALTER TABLE "cameras" ADD COLUMN "kecamatan_code" text;--> statement-breakpoint
ALTER TABLE "cameras" ADD COLUMN "kota_code" text;--> statement-breakpoint
ALTER TABLE "monitor_areas" ADD CONSTRAINT "monitor_areas_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cameras_kecamatan_idx" ON "cameras" USING btree ("kecamatan_code");--> statement-breakpoint
CREATE INDEX "cameras_kota_idx" ON "cameras" USING btree ("kota_code");--> statement-breakpoint
CREATE INDEX "cameras_kelurahan_idx" ON "cameras" USING btree ("kelurahan_code");--> statement-breakpoint
-- Cameras already registered are placed in their kelurahan, kecamatan and kota once; new ones as they are written.
UPDATE "cameras" c SET "kelurahan_code" = k.code, "kecamatan_code" = k.parent_code, "kota_code" = k.kota_code
FROM "areas" k WHERE k.level = 'kelurahan' AND k.geom IS NOT NULL AND NOT k.is_water AND ST_Covers(k.geom, c.location);
