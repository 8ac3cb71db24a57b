// GET /api/cameras - the camera registry, filtered, a page at a time
import { listRegistryCameras } from "@/db/queries/camera-registry";
import { apiRoute } from "@/lib/api/api-route";
import { registryCamerasRoute } from "@/lib/api/routes/cameras";
import { REGISTRY_PAGE_SIZE } from "@/lib/cameras/registry-camera";

export const dynamic = "force-dynamic";

export const GET = apiRoute(registryCamerasRoute, async ({ db, query }) => ({
  ...(await listRegistryCameras(db, query, REGISTRY_PAGE_SIZE)),
  pageSize: REGISTRY_PAGE_SIZE,
}));
