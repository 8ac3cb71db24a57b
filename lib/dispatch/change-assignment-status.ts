import type { Db, Tx } from "@/db";
import { getAssignmentView, lockIncident, moveAssignment } from "@/db/queries/assignments";
import { ApiError, forbidden, notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { commitChange } from "@/lib/events/commit-change";
import type { IncidentStatus } from "@/lib/incidents/vocabulary";
import type { NewEvent } from "@/lib/realtime/events";
import type { AssignmentStatusInput, MoveAssignmentInput } from "@/lib/validations/dispatch";

import { canMoveAssignment } from "./assignment-machine";
import type { AssignmentView } from "./assignment-view";
import { afterChange, dispatchInTransaction, stationToSend } from "./dispatch-station";
import { textStation } from "./text-station";

/** Who may move an assignment: the station's own officers, or a dispatcher or supervisor. */
const mayMove = (user: CurrentUser, a: AssignmentView) =>
  user.role === "dispatcher" ||
  user.role === "supervisor" ||
  (user.role === "polsek" && user.stationId === a.stationId);

/** The assignment as this user may act on it, read before the transaction. */
async function assignmentFor(db: Db, user: CurrentUser, assignmentId: number): Promise<AssignmentView> {
  const before = await getAssignmentView(db, assignmentId);
  // Another station's officer learns nothing of the job, not even that it exists.
  if (!before || (user.role === "polsek" && user.stationId !== before.stationId))
    throw user.role === "polsek" && before
      ? forbidden("act on another station's job")
      : notFound(`Assignment ${assignmentId}`);
  if (!mayMove(user, before)) throw forbidden("change this assignment");
  return before;
}

export async function changeAssignmentStatus(
  db: Db,
  user: CurrentUser,
  assignmentId: number,
  input: AssignmentStatusInput,
): Promise<AssignmentView> {
  const before = await assignmentFor(db, user, assignmentId);
  const { result } = await commitChange(db, async (tx) => {
    const step = await stepAssignment(tx, user, before.incidentId, assignmentId, input);
    return { result: step.assignment, events: [step.event] };
  });
  return result;
}

/**
 * Calls a station off with a reason and sends another in its place, in one transaction: the
 * incident is never left without the station that was meant to go.
 */
export async function reassignStation(
  db: Db,
  user: CurrentUser,
  assignmentId: number,
  input: MoveAssignmentInput,
): Promise<AssignmentView> {
  const before = await assignmentFor(db, user, assignmentId);
  const station = await stationToSend(db, input.stationId);
  if (station.id === before.stationId)
    throw new ApiError(409, "already_assigned", `${station.code} already holds this assignment.`);
  const { result } = await commitChange(db, async (tx) => {
    const cancelled = await stepAssignment(tx, user, before.incidentId, assignmentId, {
      status: "cancelled",
      note: input.reason,
    });
    const sent = await dispatchInTransaction(tx, user, before.incidentId, station);
    return { result: sent, events: [cancelled.event, sent.event] };
  });
  textStation(db, result.assignment, result.incident);
  return result.assignment;
}

async function stepAssignment(
  tx: Tx,
  user: CurrentUser,
  incidentId: number,
  assignmentId: number,
  input: AssignmentStatusInput,
): Promise<{ assignment: AssignmentView; event: NewEvent }> {
  const incident = await lockIncident(tx, incidentId);
  // Read again under the incident's lock: the state that counts is the one now.
  const now = await getAssignmentView(tx, assignmentId);
  // A training job is its trainee's alone: no station's officer can move it.
  if (!incident || !now || (incident.traineeId !== null && incident.traineeId !== user.id))
    throw notFound(`Assignment ${assignmentId}`);
  if (!canMoveAssignment(now.status, input.status))
    throw new ApiError(
      409,
      "invalid_transition",
      `Assignment ${assignmentId} is ${now.status}: it cannot become ${input.status}.`,
      { status: [now.status] },
    );
  await moveAssignment(tx, assignmentId, now.status, input);
  const after = await afterChange(tx, assignmentId, now.incidentId, incident.status as IncidentStatus);
  return {
    ...after,
    event: {
      type: "assignment.updated",
      incidentId: now.incidentId,
      stationId: incident.traineeId ? null : now.stationId,
      actorId: user.id,
      payload: after,
    },
  };
}
