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
