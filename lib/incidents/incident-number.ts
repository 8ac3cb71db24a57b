// Jakarta keeps UTC+7 all year (no daylight saving), so its calendar day is a fixed offset.
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar day in Asia/Jakarta, as YYYY-MM-DD. */
export function jakartaDay(at: Date): string {
  return new Date(at.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}

/** 112-YYYYMMDD-NNNN: the day in Jakarta and the incident's count on that day. */
export function formatIncidentNumber(day: string, count: number): string {
  return `112-${day.replaceAll("-", "")}-${String(count).padStart(4, "0")}`;
}
