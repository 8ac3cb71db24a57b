import type { IncidentView } from "@/lib/incidents/incident-view";
import type { Priority } from "@/lib/incidents/vocabulary";

import type { AssignmentView } from "./assignment-view";

// The targets a dispatcher's board is loud about. Dispatch within 60 s of the incident (NFPA
// 1225's processing time); the station acknowledges by its assignment's deadline (the
// escalation's, ACK_TIMEOUT_SECONDS); someone is on scene within 15 minutes for P1 and P2
// (Jakarta's own standard for reaching a fire) and 30 minutes otherwise.
export const DISPATCH_TARGET_S = 60;
export const ON_SCENE_TARGET_S: Readonly<Record<Priority, number>> = { P1: 900, P2: 900, P3: 1800, P4: 1800 };

/** Which target an open incident has missed, the earliest step first; null while all are kept. */
export type MissedTarget = "dispatch" | "acknowledge" | "on_scene";

const secondsSince = (iso: string, now: number) => (now - Date.parse(iso)) / 1000;

export function missedTarget(
  incident: Pick<IncidentView, "priority" | "status" | "createdAt">,
  assignments: readonly Pick<AssignmentView, "status" | "ackDueAt">[],
  now: number,
): MissedTarget | null {
  if (incident.status === "closed" || incident.status === "cancelled") return null;
  const sent = assignments.filter((a) => a.status !== "cancelled");
  if (sent.length === 0) return secondsSince(incident.createdAt, now) > DISPATCH_TARGET_S ? "dispatch" : null;
  if (sent.some((a) => a.status === "dispatched" && a.ackDueAt !== null && Date.parse(a.ackDueAt) < now))
    return "acknowledge";
  const arrived = sent.some((a) => a.status === "on_scene" || a.status === "cleared");
  if (!arrived && secondsSince(incident.createdAt, now) > ON_SCENE_TARGET_S[incident.priority]) return "on_scene";
  return null;
}
