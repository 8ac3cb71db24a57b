// GET /api/geo/locate?lat&lon - the kelurahan, kecamatan and kota that hold a point
import { getDb } from "@/db";
import { locatePoint } from "@/db/queries/locate-point";
import { apiRoute } from "@/lib/api/api-route";
import { roles } from "@/lib/auth/roles";
import { pointQuerySchema } from "@/lib/validations/coordinates";

export const dynamic = "force-dynamic";

export const GET = apiRoute(roles, async ({ req }) => {
  const { lat, lon } = pointQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return Response.json(await locatePoint(getDb(), lat, lon));
});
