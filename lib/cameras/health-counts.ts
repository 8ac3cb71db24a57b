/** The registry's health in counts (db/queries/camera-health), as screens show it. */
export interface HealthCounts {
  online: number;
  offline: number;
  unknown: number;
  liveOnline: number;
  liveOffline: number;
  /** Cameras that report heartbeats (have been seen once). */
  reporting: number;
}

/** The counts after a camera went offline or came back: one moved from one column to the other. */
export function applyHealthChange(c: HealthCounts, to: "online" | "offline", live: boolean): HealthCounts {
  const from = to === "online" ? "offline" : "online";
  const next = { ...c, [to]: c[to] + 1, [from]: Math.max(0, c[from] - 1) };
  if (!live) return next;
  const liveTo = to === "online" ? "liveOnline" : "liveOffline";
  const liveFrom = to === "online" ? "liveOffline" : "liveOnline";
  return { ...next, [liveTo]: c[liveTo] + 1, [liveFrom]: Math.max(0, c[liveFrom] - 1) };
}
