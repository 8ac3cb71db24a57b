import type { Executor } from "@/db";
import { upsertAreas } from "@/db/queries/upsert-areas";
import {
  areaImportFields,
  areaImportRow,
  areaRequiredColumns,
  inferAreaLevel,
} from "@/lib/validations/area-import-row";

import { checkColumns } from "./check-columns";
import { type ImportPlan, importRows } from "./import-rows";
import type { RowSource } from "./row-source";

export function planAreas(source: RowSource): ImportPlan {
  const level = inferAreaLevel(source.columns);
  if (!level) {
    throw new Error(
      "its columns do not say which areas it holds: kelurahan need kode_bps and kelurahan, kecamatan need " +
        `kode_kec_bps and kecamatan, kota need kode_kota and kota (found: ${source.columns.join(", ") || "none"})`,
    );
  }
  const has = (c: string) => source.columns.includes(c);
  if (!has("geometry") && !(has("lat") && has("lon")))
    throw new Error("it has neither boundaries (geometry) nor lat and lon columns");
  const required = areaRequiredColumns(level);
  const unusedColumns = checkColumns(source.columns, required, Object.keys(areaImportFields(level).shape), level);
  return {
    noun: level,
    key: required[0],
    unusedColumns,
    run: (db: Executor, opts) =>
      importRows(
        source,
        {
          schema: areaImportRow(level),
          keyOf: (r) => r.code,
          // Boundaries are large: a few hundred areas make a statement of a few megabytes.
          batchSize: 250,
          write: (rows) =>
            upsertAreas(
              db,
              rows.map((r) => ({ ...r, source: r.source ?? opts.source })),
            ),
        },
        opts,
      ),
  };
}
