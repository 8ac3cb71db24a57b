// GET /api/cameras/health - the registry's health in counts, city-wide or for one area
import { healthCounts } from "@/db/queries/camera-health";
import { apiRoute } from "@/lib/api/api-route";
import { cameraHealthRoute } from "@/lib/api/routes/cameras";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export const GET = apiRoute(cameraHealthRoute, async ({ db, query }) => ({
  ...(await healthCounts(db, query.area ?? null)),
  offlineAfterSeconds: env.CAMERA_OFFLINE_AFTER_SECONDS,
}));
