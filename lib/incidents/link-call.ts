import type { Db } from "@/db";
import { getIncidentView } from "@/db/queries/incidents";
import { notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { changeCall, conflict } from "@/lib/calls/change-call";

/** Another call about an incident already open: the call joins that incident's timeline. */
export function linkCallToIncident(db: Db, callId: number, incidentId: number, user: CurrentUser) {
  return changeCall(db, callId, user, async (call, tx) => {
    if (call.incidentId) throw conflict(`Call ${callId} already belongs to an incident.`);
    const incident = await getIncidentView(tx, incidentId);
    if (!incident) throw notFound(`Incident ${incidentId}`);
    // Training and the real console never mix: a drill call joins only a drill incident.
    if (incident.training !== (call.traineeId !== null))
      throw conflict(`Call ${callId} and incident ${incident.number} are not both training, or both real.`);
    if (incident.status === "closed" || incident.status === "cancelled")
      throw conflict(`Incident ${incident.number} is ${incident.status}.`);
    return {
      patch: { incidentId, classification: "duplicate", callTakerId: call.callTakerId ?? user.id },
      type: "call.linked",
    };
  });
}
