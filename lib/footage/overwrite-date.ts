import { type FootageRequestStatus, openFootageStatuses, OVERWRITE_SOON_DAYS } from "./vocabulary";

const DAY_MS = 86_400_000;
// Dates are Jakarta's (WIB, UTC+7, no daylight saving): the owner reads the letter's date so.
const WIB_MS = 7 * 3_600_000;

/** The calendar date in Jakarta of an instant, as YYYY-MM-DD. */
export const jakartaDate = (at: Date): string => new Date(at.getTime() + WIB_MS).toISOString().slice(0, 10);

/**
 * The day the owner's recorder overwrites the start of the window: a recorder that keeps
 * `retentionDays` days has overwritten footage older than that. Unknown retention: unknown.
 */
export function overwriteDate(windowStart: Date, retentionDays: number | null): string | null {
  if (retentionDays === null) return null;
  return jakartaDate(new Date(windowStart.getTime() + retentionDays * DAY_MS));
}

/** A request still waiting on someone whose footage is overwritten within two days (or already). */
export function overwritesSoon(status: FootageRequestStatus, overwriteOn: string | null, now: Date): boolean {
  if (overwriteOn === null || !(openFootageStatuses as readonly string[]).includes(status)) return false;
  return overwriteOn <= jakartaDate(new Date(now.getTime() + OVERWRITE_SOON_DAYS * DAY_MS));
}
