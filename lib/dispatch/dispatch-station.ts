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
import { ApiError, notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { commitChange } from "@/lib/events/commit-change";
import type { IncidentStatus } from "@/lib/incidents/vocabulary";
import type { NewEvent } from "@/lib/realtime/events";

import { incidentStatusFor } from "./assignment-machine";
import type { AssignmentView } from "./assignment-view";

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
    const incident = await lockIncident(tx, incidentId);
    if (!incident) throw notFound(`Incident ${incidentId}`);
    const sent = await sendStation(tx, user, incidentId, incident.status as IncidentStatus, station);
    return { result: sent.assignment, events: [sent.event] };
  });
  return result;
}

export async function stationToSend(db: Db | Tx, stationId: number) {
  const station = await getStation(db, stationId);
  if (!station) throw notFound(`Station ${stationId}`);
  return station;
}

/** Inside a transaction holding the incident's lock: the new assignment and its event. */
export async function sendStation(
  tx: Tx,
  user: CurrentUser,
  incidentId: number,
  status: IncidentStatus,
  station: { id: number; code: string },
): Promise<{ assignment: AssignmentView; event: NewEvent }> {
  if (status === "closed" || status === "cancelled")
    throw new ApiError(409, "invalid_transition", `Incident ${incidentId} is ${status}: it takes no dispatch.`, {
      status: [status],
    });
  const id = await insertAssignment(tx, { incidentId, stationId: station.id, dispatcherId: user.id });
  if (id === null)
    throw new ApiError(
      409,
      "already_assigned",
      `${station.code} already holds an active assignment for this incident.`,
    );
  const { assignment, incident } = await afterChange(tx, id, incidentId, status);
  return {
    assignment,
    event: {
      type: "assignment.dispatched",
      incidentId,
      stationId: station.id,
      actorId: user.id,
      payload: { assignment, incident },
    },
  };
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
