import type { Db } from "@/db";
import { clustersMissing, rebuildCameraClusters } from "@/db/queries/camera-tiles";
import { coalescedJob } from "@/lib/jobs/coalesced-job";

import { clearCameraTiles } from "./camera-tiles";
import { COARSEST_CELL_LEVEL, FINEST_CELL_LEVEL } from "./tile-grid";

/** Counts the registry's cameras into the map's clusters again, then drops every cached tile. */
export async function rebuildClusters(db: Db): Promise<void> {
  await db.transaction((tx) => rebuildCameraClusters(tx, FINEST_CELL_LEVEL, COARSEST_CELL_LEVEL));
  clearCameraTiles();
}

/**
 * A rebuild after the registry changed (an import, an edit, cameras going offline): one runs at a
 * time, and changes made while it runs are counted by one more run after it, not one each.
 */
export const scheduleClusterRebuild = coalescedJob("cluster-rebuild", rebuildClusters);

/** At start: counts the clusters if a registry has cameras but no clusters yet. */
export async function ensureClusters(db: Db): Promise<void> {
  if (await clustersMissing(db)) await rebuildClusters(db);
}
