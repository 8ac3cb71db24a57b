import type { ImportResult } from "./import-rows";
import { describeRef } from "./row-source";

const n = (x: number) => x.toLocaleString("en-US");

/** The lines printed after a file: counts, then the first reasons for rejected rows. */
export function formatSummary(file: string, r: ImportResult, seconds: number): string[] {
  const lines = [`${file}: imported ${n(r.imported)} ${r.noun}, rejected ${n(r.rejected)} (${seconds.toFixed(1)} s).`];
  for (const { ref, reason } of r.reasons) lines.push(`  ${describeRef(ref)}: ${reason}`);
  if (r.rejected > r.reasons.length) lines.push(`  and ${n(r.rejected - r.reasons.length)} more rejected rows.`);
  if (r.repeated > 0)
    lines.push(`${n(r.repeated)} rows repeated the ${r.key} of an earlier row; the later row was kept.`);
  if (r.unusedColumns.length > 0) lines.push(`Columns not used: ${r.unusedColumns.join(", ")}.`);
  if (r.interrupted)
    lines.push(`Interrupted after ${n(r.read)} rows. What was written stays; run the same import again to finish it.`);
  else if (r.imported === 0) lines.push("Nothing was imported.");
  return lines;
}
