import type { StationDetails } from "@/lib/realtime/events";

// A metre is about 1e-5 degrees: a marker dropped on the same spot is no move.
const SAME_PLACE_DEGREES = 1e-7;

/** Which of a station's details an edit changes: field names, and `position` for lat and lon. */
export function changedStationFields(before: StationDetails, after: StationDetails): string[] {
  const changed: string[] = [];
  for (const key of ["address", "phone", "smsNumber"] as const) if (before[key] !== after[key]) changed.push(key);
  const codes = (d: StationDetails) => [...d.jurisdictionCodes].sort().join(",");
  if (codes(before) !== codes(after)) changed.push("jurisdictionCodes");
  if (Math.abs(before.lat - after.lat) > SAME_PLACE_DEGREES || Math.abs(before.lon - after.lon) > SAME_PLACE_DEGREES)
    changed.push("position");
  return changed;
}
