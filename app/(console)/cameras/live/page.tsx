import { CamerasClient } from "@/components/cameras/cameras-client";
import { getDb } from "@/db";
import { healthCounts } from "@/db/queries/camera-health";
import { listLiveCameras } from "@/db/queries/live-cameras";
import { bindableAreas, monitorArea } from "@/db/queries/monitor-areas";
import { readAtSeq } from "@/db/queries/read-at-seq";
import { requireScreen } from "@/lib/auth/session-user";
import { env } from "@/lib/env";

export default async function LiveCamerasPage() {
  const user = await requireScreen("/cameras/live");
  const db = getDb();
  const area = await monitorArea(db, user.id);
  const { seq, data } = await readAtSeq(db, async (tx) => ({
    cameras: await listLiveCameras(tx, 2000, area?.code ?? null),
    health: await healthCounts(tx, null),
    areaHealth: area ? await healthCounts(tx, area.code) : null,
  }));
  return (
    <main className="full">
      <CamerasClient
        {...data}
        sinceSeq={seq}
        area={area}
        areas={user.role === "monitor" ? await bindableAreas(db) : null}
        offlineAfterSeconds={env.CAMERA_OFFLINE_AFTER_SECONDS}
        mapboxToken={env.MAPBOX_TOKEN ?? null}
      />
    </main>
  );
}
