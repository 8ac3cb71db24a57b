// GET /api/cameras/near?lat&lon&k&radius - the cameras that can see a place, ranked
import { apiRoute } from "@/lib/api/api-route";
import { roles } from "@/lib/auth/roles";
import { camerasNear } from "@/lib/cameras/cameras-near";
import { camerasNearQuerySchema } from "@/lib/validations/coordinates";

export const dynamic = "force-dynamic";

export const GET = apiRoute(roles, async ({ req }) => {
  const { lat, lon, k, radius } = camerasNearQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return Response.json({ cameras: await camerasNear({ lat, lon }, k, radius) });
});
