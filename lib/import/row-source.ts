/** Where a row sits in its file: a CSV line (the header is line 1) or a GeoJSON feature (from 1). */
export type RowRef = { line: number } | { feature: number };

/** One row as read, its names normalized; or why it could not be read at all. */
export type SourceRow = { ref: RowRef; fields: Record<string, unknown> } | { ref: RowRef; error: string };

export interface RowSource {
  format: "csv" | "geojson";
  /** Normalized column names: the CSV header, or every property name in a GeoJSON file. */
  columns: readonly string[];
  /** Known up front for GeoJSON; a CSV is streamed and not counted. */
  total: number | null;
  rows: AsyncIterable<SourceRow>;
}

export const describeRef = (ref: RowRef) => ("line" in ref ? `line ${ref.line}` : `feature ${ref.feature}`);
