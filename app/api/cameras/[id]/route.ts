// GET /api/cameras/{id} - one camera, as a popup or panel shows it
import { getCameraSummary } from "@/db/queries/live-cameras";
import { notFound } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import { cameraRoute } from "@/lib/api/routes/places";

export const dynamic = "force-dynamic";

export const GET = apiRoute(cameraRoute, async ({ db, id }) => {
  const camera = await getCameraSummary(db, id);
  if (!camera) throw notFound(`Camera ${id}`);
  return camera;
});
