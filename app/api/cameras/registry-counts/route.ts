// GET /api/cameras/registry-counts - counts per kota and installation progress per provider
import { countsByKota, providerProgress } from "@/db/queries/camera-registry";
import { apiRoute } from "@/lib/api/api-route";
import { registryCountsRoute } from "@/lib/api/routes/cameras";

export const dynamic = "force-dynamic";

export const GET = apiRoute(registryCountsRoute, async ({ db }) => {
  const [byKota, providers] = await Promise.all([countsByKota(db), providerProgress(db)]);
  return { byKota, providers };
});
