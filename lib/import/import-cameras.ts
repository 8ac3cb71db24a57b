import type { Executor } from "@/db";
import { upsertCameras } from "@/db/queries/upsert-cameras";
import { cameraImportFields, cameraImportRow, cameraRequiredColumns } from "@/lib/validations/camera-import-row";

import { checkColumns } from "./check-columns";
import { type ImportPlan, importRows } from "./import-rows";
import type { RowSource } from "./row-source";

export function planCameras(source: RowSource): ImportPlan {
  const unusedColumns = checkColumns(
    source.columns,
    cameraRequiredColumns,
    Object.keys(cameraImportFields.shape),
    "cameras",
  );
  return {
    noun: "cameras",
    key: "external_id",
    unusedColumns,
    run: (db: Executor, opts) =>
      importRows(
        source,
        {
          schema: cameraImportRow,
          keyOf: (r) => r.externalId,
          batchSize: 2_000,
          write: (rows) =>
            upsertCameras(
              db,
              rows.map((r) => ({ ...r, source: r.source ?? opts.source })),
            ),
        },
        opts,
      ),
  };
}
