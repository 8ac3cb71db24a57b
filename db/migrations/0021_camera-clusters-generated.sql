ALTER TABLE "camera_clusters" ADD COLUMN "generated" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Counted again at the next start (lib/cameras/camera-clusters ensureClusters), with the new column.
DELETE FROM "camera_clusters";
