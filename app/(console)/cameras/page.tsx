import { RegistryClient } from "@/components/cameras/registry-client";
import { getDb } from "@/db";
import { countsByKota, listRegistryCameras, providerProgress, registryAreas } from "@/db/queries/camera-registry";
import { requireScreen } from "@/lib/auth/session-user";
import { REGISTRY_PAGE_SIZE } from "@/lib/cameras/registry-camera";
import { env } from "@/lib/env";

export default async function CameraRegistryPage() {
  const user = await requireScreen("/cameras");
  const db = getDb();
  const [page, byKota, providers, areas] = await Promise.all([
    listRegistryCameras(db, { page: 1 }, REGISTRY_PAGE_SIZE),
    countsByKota(db),
    providerProgress(db),
    registryAreas(db),
  ]);
  return (
    <main className="full">
      <RegistryClient
        initial={{ ...page, pageSize: REGISTRY_PAGE_SIZE }}
        counts={{ byKota, providers }}
        areas={areas}
        role={user.role}
        mapboxToken={env.MAPBOX_TOKEN ?? null}
      />
    </main>
  );
}
