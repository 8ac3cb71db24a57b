// POST /api/cameras/provider-targets - a provider's installation target
import { setProviderTarget } from "@/db/queries/camera-registry";
import { apiRoute } from "@/lib/api/api-route";
import { providerTargetRoute } from "@/lib/api/routes/cameras";

export const dynamic = "force-dynamic";

export const POST = apiRoute(providerTargetRoute, async ({ db, body }) => {
  await setProviderTarget(db, body.provider, body.target);
  return { changed: true };
});
