import type { Db } from "@/db";
import { registryCamera, updateCameraView } from "@/db/queries/camera-registry";
import { notFound } from "@/lib/api/api-error";
import { scheduleCoverage } from "@/lib/coverage/schedule-coverage";
import { commitChange } from "@/lib/events/commit-change";
import type { CameraViewSettings } from "@/lib/validations/camera-registry";

import type { RegistryCamera } from "./registry-camera";

/** Where a camera looks, as the registry screen edits it: one event, then the coverage counted again. */
export async function changeCameraView(
  db: Db,
  id: number,
  view: CameraViewSettings,
  actorId: string,
): Promise<RegistryCamera> {
  // A 360 degree dome has no bearing to keep.
  const settings = { ...view, bearingDeg: view.fovDeg >= 360 ? null : view.bearingDeg };
  await commitChange(db, async (tx) => {
    const camera = await updateCameraView(tx, id, settings);
    if (!camera) throw notFound(`Camera ${id}`);
    return { result: camera, events: [{ type: "camera.view_changed", actorId, payload: { camera, ...settings } }] };
  });
  void scheduleCoverage(db);
  return (await registryCamera(db, id))!;
}
