import type { Executor } from "@/db";
import { upsertStations } from "@/db/queries/upsert-stations";
import { stationImportFields, stationImportRow, stationRequiredColumns } from "@/lib/validations/station-import-row";

import { checkColumns } from "./check-columns";
import { type ImportPlan, importRows } from "./import-rows";
import type { RowSource } from "./row-source";

// upsertStations links a row to its parent only if the parent is in by then: on a file larger
// than one batch, the polda and polres go first.
const rank = { polda: 0, polres: 1, polsek: 2 } as const;

export function planStations(source: RowSource): ImportPlan {
  const unusedColumns = checkColumns(
    source.columns,
    stationRequiredColumns,
    Object.keys(stationImportFields.shape),
    "stations",
  );
  return {
    noun: "stations",
    key: "code",
    unusedColumns,
    run: (db: Executor, opts) =>
      importRows(
        source,
        {
          schema: stationImportRow,
          keyOf: (r) => r.code,
          batchSize: 2_000,
          write: (rows) =>
            upsertStations(
              db,
              rows.map((r) => ({ ...r, source: r.source ?? opts.source })),
            ),
          order: (rows) => [...rows].sort((a, b) => rank[a.kind] - rank[b.kind]),
        },
        opts,
      ),
  };
}
