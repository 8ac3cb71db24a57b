// POST /api/cameras/{id}/heartbeat - the camera is alive now: online, last seen now
import { notFound } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import { cameraHeartbeatRoute } from "@/lib/api/routes/cameras";
import { recordHeartbeat } from "@/lib/cameras/camera-health";

export const dynamic = "force-dynamic";

export const POST = apiRoute(cameraHeartbeatRoute, async ({ db, id }) => {
  const result = await recordHeartbeat(db, { ids: [id] }, new Date());
  if (result.seen === 0) throw notFound(`Camera ${id}`);
  return result;
});
