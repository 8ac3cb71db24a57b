// Jakarta keeps UTC+7 all year (no daylight saving), so its calendar day is a fixed offset.
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar day in Asia/Jakarta, as YYYY-MM-DD. */
export function jakartaDay(at: Date): string {
  return new Date(at.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Numbers are 112-YYYYMMDD-NNNN: this prefix, then the day's count (db/queries/incidents). */
export function incidentNumberPrefix(day: string): string {
  return `112-${day.replaceAll("-", "")}-`;
}
