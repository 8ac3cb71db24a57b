/** A duration as a supervisor reads it: "42 s" under two minutes, "12:05" (minutes) under an hour, "3 h 05 m" above; "—" for none. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return "—";
  if (seconds < 120) return `${Math.round(seconds)} s`;
  const whole = Math.round(seconds);
  if (whole >= 3600)
    return `${Math.floor(whole / 3600)} h ${String(Math.floor((whole % 3600) / 60)).padStart(2, "0")} m`;
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/** A share as a whole percentage, "—" for none. */
export const formatShare = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);
