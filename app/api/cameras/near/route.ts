// GET /api/cameras/near?lat&lon&k&radius - the cameras that can see a place, ranked
import { apiRoute } from "@/lib/api/api-route";
import { camerasNearRoute } from "@/lib/api/routes/places";
import { camerasNear } from "@/lib/cameras/cameras-near";

export const dynamic = "force-dynamic";

export const GET = apiRoute(camerasNearRoute, ({ db, query: { lat, lon, k, radius } }) =>
  camerasNear(db, { lat, lon }, k, radius),
);
