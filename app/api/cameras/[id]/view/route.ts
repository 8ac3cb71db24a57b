// POST /api/cameras/{id}/view - where the camera looks: bearing, field of view, range
import { apiRoute } from "@/lib/api/api-route";
import { cameraViewRoute } from "@/lib/api/routes/cameras";
import { changeCameraView } from "@/lib/cameras/change-camera-view";

export const dynamic = "force-dynamic";

export const POST = apiRoute(cameraViewRoute, ({ db, id, body, user }) => changeCameraView(db, id, body, user.id));
