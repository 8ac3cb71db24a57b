// POST /api/cameras/heartbeats - heartbeats of many cameras at once, by id or external id
import { apiRoute } from "@/lib/api/api-route";
import { cameraHeartbeatsRoute } from "@/lib/api/routes/cameras";
import { recordHeartbeat } from "@/lib/cameras/camera-health";

export const dynamic = "force-dynamic";

export const POST = apiRoute(cameraHeartbeatsRoute, ({ db, body }) => recordHeartbeat(db, body, new Date()));
