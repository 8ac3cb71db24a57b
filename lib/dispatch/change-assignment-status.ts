import type { Db } from "@/db";
import { getAssignmentView, lockIncident, moveAssignment } from "@/db/queries/assignments";
import { ApiError, forbidden, notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { commitChange } from "@/lib/events/commit-change";
import type { IncidentStatus } from "@/lib/incidents/vocabulary";
import type { AssignmentStatusInput } from "@/lib/validations/dispatch";

import { canMoveAssignment } from "./assignment-machine";
import type { AssignmentView } from "./assignment-view";
import { afterChange } from "./dispatch-station";

/** Who may move an assignment: the station's own officers, or a dispatcher or supervisor. */
const mayMove = (user: CurrentUser, a: AssignmentView) =>
  user.role === "dispatcher" ||
  user.role === "supervisor" ||
  (user.role === "polsek" && user.stationId === a.stationId);

export async function changeAssignmentStatus(
  db: Db,
  user: CurrentUser,
  assignmentId: number,
  input: AssignmentStatusInput,
): Promise<AssignmentView> {
  const before = await getAssignmentView(db, assignmentId);
  // Another station's officer learns nothing of the job, not even that it exists.
  if (!before || (user.role === "polsek" && user.stationId !== before.stationId))
    throw user.role === "polsek" && before
      ? forbidden("act on another station's job")
      : notFound(`Assignment ${assignmentId}`);
  if (!mayMove(user, before)) throw forbidden("change this assignment");
  const { result } = await commitChange(db, async (tx) => {
    const incident = await lockIncident(tx, before.incidentId);
    // Read again under the incident's lock: the state that counts is the one now.
    const now = await getAssignmentView(tx, assignmentId);
    if (!incident || !now) throw notFound(`Assignment ${assignmentId}`);
    if (!canMoveAssignment(now.status, input.status))
      throw new ApiError(
        409,
        "invalid_transition",
        `Assignment ${assignmentId} is ${now.status}: it cannot become ${input.status}.`,
        { status: [now.status] },
      );
    await moveAssignment(tx, assignmentId, now.status, input);
    const { assignment, incident: view } = await afterChange(
      tx,
      assignmentId,
      now.incidentId,
      incident.status as IncidentStatus,
    );
    return {
      result: assignment,
      events: [
        {
          type: "assignment.updated",
          incidentId: now.incidentId,
          stationId: now.stationId,
          actorId: user.id,
          payload: { assignment, incident: view },
        },
      ],
    };
  });
  return result;
}
