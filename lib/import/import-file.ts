import path from "node:path";

import type { Executor } from "@/db";
import { rebuildCameraClusters } from "@/db/queries/camera-tiles";
import { COARSEST_CELL_LEVEL, FINEST_CELL_LEVEL } from "@/lib/cameras/tile-grid";
import { refreshNamedPlaces } from "@/lib/seed/seed-places";

import { planAreas } from "./import-areas";
import { planCameras } from "./import-cameras";
import { planPlaces } from "./import-places";
import type { ImportPlan, ImportResult, ImportRowsOptions } from "./import-rows";
import { planStations } from "./import-stations";
import { openCsvRows } from "./read-csv-rows";
import { openGeojsonFeatures } from "./read-geojson-features";
import type { RowSource } from "./row-source";

export const importKinds = ["areas", "stations", "cameras", "places"] as const;
export type ImportKind = (typeof importKinds)[number];

const planners = { areas: planAreas, stations: planStations, cameras: planCameras, places: planPlaces } as const;

export function formatOf(file: string): RowSource["format"] | null {
  const ext = path.extname(file).toLowerCase();
  return ext === ".csv" ? "csv" : ext === ".geojson" || ext === ".json" ? "geojson" : null;
}

/**
 * Opens a file by its extension (areas want polygons, the others points) and checks its
 * columns against the kind; throws with the reason when the file cannot be imported at all.
 */
export async function planImport(kind: ImportKind, file: string): Promise<ImportPlan & { rows: RowSource }> {
  const format = formatOf(file);
  if (!format) throw new Error("its name ends neither in .csv nor in .geojson or .json");
  const rows =
    format === "csv"
      ? await openCsvRows(file)
      : await openGeojsonFeatures(file, kind === "areas" ? "polygon" : "point");
  return { ...planners[kind](rows), rows };
}

export interface ImportFileOptions extends ImportRowsOptions {
  /** Already made with planImport. */
  plan?: ImportPlan;
  /** The `source` of rows that do not name one; import:<file name> by default. */
  source?: string;
}

export async function importFile(
  db: Executor,
  kind: ImportKind,
  file: string,
  opts: ImportFileOptions = {},
): Promise<ImportResult> {
  const { run, noun, key, unusedColumns } = opts.plan ?? (await planImport(kind, file));
  const tally = await run(db, { ...opts, source: opts.source ?? `import:${path.basename(file)}` });
  // Areas and stations are places a call-taker names too.
  if (kind === "areas" || kind === "stations") await refreshNamedPlaces(db);
  // The map's clusters count the cameras just loaded (a running console's cached tiles expire in a minute).
  if (kind === "cameras") await rebuildCameraClusters(db, FINEST_CELL_LEVEL, COARSEST_CELL_LEVEL);
  return { noun, key, unusedColumns, ...tally };
}
