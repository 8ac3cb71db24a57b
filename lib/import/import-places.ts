import type { Executor } from "@/db";
import { upsertPlaces } from "@/db/queries/upsert-places";
import { placeImportFields, placeImportRow, placeRequiredColumns } from "@/lib/validations/place-import-row";

import { checkColumns } from "./check-columns";
import { type ImportPlan, importRows } from "./import-rows";
import type { RowSource } from "./row-source";

export function planPlaces(source: RowSource): ImportPlan {
  const unusedColumns = checkColumns(
    source.columns,
    placeRequiredColumns,
    Object.keys(placeImportFields.shape),
    "places",
  );
  return {
    noun: "places",
    key: "name and position",
    unusedColumns,
    run: (db: Executor, opts) =>
      importRows(
        source,
        {
          schema: placeImportRow,
          keyOf: (r) => r.key,
          batchSize: 2_000,
          write: (rows) =>
            upsertPlaces(
              db,
              rows.map((r) => ({ ...r, source: r.source ?? opts.source })),
            ),
        },
        opts,
      ),
  };
}
