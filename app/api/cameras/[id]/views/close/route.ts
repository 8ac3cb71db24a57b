// POST /api/cameras/{id}/views/close - the player closed the camera: the audit trail gets how long
import { apiRoute } from "@/lib/api/api-route";
import { closeCameraViewsRoute } from "@/lib/api/routes/cameras";
import { closeViews } from "@/lib/cameras/camera-views";

export const dynamic = "force-dynamic";

export const POST = apiRoute(closeCameraViewsRoute, async ({ id, user }) => ({
  closed: await closeViews(user.id, id),
}));
