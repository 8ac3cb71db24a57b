import type { Db, Tx } from "@/db";
import {
  assignmentStatusesOfIncident,
  getAssignmentView,
  insertAssignment,
  lockIncident,
  setIncidentStatus,
} from "@/db/queries/assignments";
import { getIncidentView } from "@/db/queries/incidents";
import { getStation } from "@/db/queries/stations";
import { ApiError, forbidden, notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { commitChange } from "@/lib/events/commit-change";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { IncidentStatus } from "@/lib/incidents/vocabulary";
import type { NewEvent } from "@/lib/realtime/events";

import { ackDeadline } from "./ack-deadline";
import { incidentStatusFor } from "./assignment-machine";
import type { AssignmentView } from "./assignment-view";
import { textStation } from "./text-station";

// Sends a station to an incident. The incident's row is locked first, so that its
// assignments change one at a time; the partial unique index makes a second active
// assignment of the same station impossible even so.
export async function dispatchStation(
  db: Db,
  user: CurrentUser,
  incidentId: number,
  stationId: number,
): Promise<AssignmentView> {
  const station = await stationToSend(db, stationId);
  const { result } = await commitChange(db, async (tx) => {
    const sent = await dispatchInTransaction(tx, user, incidentId, station);
    return { result: sent, events: [sent.event] };
  });
  // Only once committed, and never waited on: the station's screen has the job already.
  textStation(db, result.assignment, result.incident);
  return result.assignment;
}

/**
 * The dispatch itself, inside a transaction the caller commits with the returned event (an
 * escalation's re-dispatch commits it together with its own). Locks the incident's row.
 */
export async function dispatchInTransaction(
  tx: Tx,
  user: CurrentUser,
  incidentId: number,
  station: { id: number; code: string },
): Promise<{ assignment: AssignmentView; incident: IncidentView; event: NewEvent }> {
  const incident = await lockIncident(tx, incidentId);
  // A training incident is its trainee's alone; a call-taker dispatches nothing else.
  if (!incident || (incident.traineeId !== null && incident.traineeId !== user.id))
    throw notFound(`Incident ${incidentId}`);
  if (incident.traineeId === null && user.role === "operator") throw forbidden("a dispatch of a real incident");
  if (incident.status === "closed" || incident.status === "cancelled")
    throw new ApiError(
      409,
      "invalid_transition",
      `Incident ${incidentId} is ${incident.status}: it takes no dispatch.`,
      {
        status: [incident.status],
      },
    );
  const id = await insertAssignment(tx, {
    incidentId,
    stationId: station.id,
    dispatcherId: user.id,
    // No station will acknowledge a training job: it raises no alert either.
    ackDueAt: incident.traineeId ? null : ackDeadline(new Date(), incident.priority, env.ACK_TIMEOUT_SECONDS),
    traineeId: incident.traineeId,
  });
  if (id === null)
    throw new ApiError(
      409,
      "already_assigned",
      `${station.code} already holds an active assignment for this incident.`,
    );
  const { assignment, incident: view } = await afterChange(tx, id, incidentId, incident.status as IncidentStatus);
  return {
    assignment,
    incident: view,
    event: {
      type: "assignment.dispatched",
      incidentId,
      // A training dispatch reaches no station's room (rooms.ts sends it to the trainee alone).
      stationId: incident.traineeId ? null : station.id,
      traineeId: incident.traineeId,
      actorId: user.id,
      payload: { assignment, incident: view },
    },
  };
}

export async function stationToSend(db: Db | Tx, stationId: number) {
  const station = await getStation(db, stationId);
  if (!station) throw notFound(`Station ${stationId}`);
  return station;
}

/** The incident's status made to follow its assignments; both read back as views. */
export async function afterChange(tx: Tx, assignmentId: number, incidentId: number, current: IncidentStatus) {
  const next = incidentStatusFor(current, await assignmentStatusesOfIncident(tx, incidentId));
  if (next !== current) await setIncidentStatus(tx, incidentId, next);
  const [assignment, incident] = await Promise.all([
    getAssignmentView(tx, assignmentId),
    getIncidentView(tx, incidentId),
  ]);
  return { assignment: assignment!, incident: incident! };
}
