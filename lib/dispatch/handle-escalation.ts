import type { Db } from "@/db";
import { getAssignmentView, lockIncident } from "@/db/queries/assignments";
import { lockOpenEscalation, markEscalationHandled, postponeAcknowledgement } from "@/db/queries/escalations";
import { getIncidentView } from "@/db/queries/incidents";
import { getStation } from "@/db/queries/stations";
import { ApiError, notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { commitChange } from "@/lib/events/commit-change";
import type { NewEvent } from "@/lib/realtime/events";
import type { EscalationInput } from "@/lib/validations/dispatch";

import { ackDeadline } from "./ack-deadline";
import type { AssignmentView } from "./assignment-view";
import { dispatchInTransaction } from "./dispatch-station";
import type { EscalationHandled } from "./escalation-view";
import { textStation } from "./text-station";

// The dispatcher's answer to an alert, once: send another station as well (its dispatch and
// the answer commit together), or give the station another period, after which a new alert
// comes if it still has not acknowledged. An alert already answered, or a job acknowledged or
// cancelled meanwhile, is 409 with the job's status.
export async function handleEscalation(
  db: Db,
  user: CurrentUser,
  assignmentId: number,
  input: EscalationInput,
  now = new Date(),
): Promise<EscalationHandled> {
  const before = await getAssignmentView(db, assignmentId);
  if (!before) throw notFound(`Assignment ${assignmentId}`);
  const station = input.action === "redispatch" ? await getStation(db, input.stationId) : null;
  if (input.action === "redispatch" && !station) throw notFound(`Station ${input.stationId}`);

  const { result } = await commitChange(db, async (tx) => {
    const incident = await lockIncident(tx, before.incidentId);
    const alert = await lockOpenEscalation(tx, assignmentId);
    if (!incident || !alert) throw notFound(`Assignment ${assignmentId}`);
    if (!alert.open)
      throw new ApiError(
        409,
        "escalation_not_open",
        `Assignment ${assignmentId} has no open alert: it was answered already, or the job is ${alert.status}.`,
        { status: [alert.status] },
      );
    const events: NewEvent[] = [];
    let redispatched: AssignmentView | null = null;
    if (station) {
      const sent = await dispatchInTransaction(tx, user, before.incidentId, station);
      redispatched = sent.assignment;
      events.push(sent.event);
      await markEscalationHandled(tx, assignmentId, now);
    } else {
      await postponeAcknowledgement(tx, assignmentId, ackDeadline(now, incident.priority, env.ACK_TIMEOUT_SECONDS));
    }
    const handled: EscalationHandled = {
      assignment: (await getAssignmentView(tx, assignmentId))!,
      incident: (await getIncidentView(tx, before.incidentId))!,
      action: input.action,
      redispatched,
      handledBy: { id: user.id, name: user.name },
    };
    events.push({
      type: "assignment.escalation_handled",
      incidentId: before.incidentId,
      stationId: null,
      actorId: user.id,
      payload: handled,
    });
    return { result: handled, events };
  });
  if (result.redispatched) textStation(db, result.redispatched, result.incident);
  return result;
}
