import { CamerasClient } from "@/components/cameras/cameras-client";
import { getDb } from "@/db";
import { listLiveCameras } from "@/db/queries/live-cameras";
import { requireScreen } from "@/lib/auth/session-user";
import { env } from "@/lib/env";

export default async function CamerasPage() {
  await requireScreen("/cameras");
  return (
    <main className="full">
      <CamerasClient cameras={await listLiveCameras(getDb())} mapboxToken={env.MAPBOX_TOKEN ?? null} />
    </main>
  );
}
