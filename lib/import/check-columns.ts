/** Throws when a required column is missing; returns the columns nothing will read. */
export function checkColumns(
  columns: readonly string[],
  required: readonly string[],
  known: readonly string[],
  noun: string,
): string[] {
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    const list = (cs: readonly string[]) => cs.join(", ");
    throw new Error(
      `it has no ${list(missing)} column${missing.length > 1 ? "s" : ""}; ${noun} need ${list(required)} (found: ${list(columns) || "none"})`,
    );
  }
  return columns.filter((c) => !known.includes(c));
}
