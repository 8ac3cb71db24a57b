import type { Db } from "@/db";
import { assignmentStatusesOfIncident, lockIncident, setIncidentStatus } from "@/db/queries/assignments";
import { getIncidentView } from "@/db/queries/incidents";
import { ApiError, notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canCloseIncident } from "@/lib/dispatch/assignment-machine";
import { commitChange } from "@/lib/events/commit-change";
import type { CloseIncidentInput } from "@/lib/validations/dispatch";

import type { IncidentView } from "./incident-view";
import type { IncidentStatus } from "./vocabulary";

/** Closes an incident with its disposition once no station is still working it. */
export async function closeIncident(
  db: Db,
  user: CurrentUser,
  incidentId: number,
  input: CloseIncidentInput,
): Promise<IncidentView> {
  const { result } = await commitChange(db, async (tx) => {
    const locked = await lockIncident(tx, incidentId);
    if (!locked) throw notFound(`Incident ${incidentId}`);
    const status = locked.status as IncidentStatus;
    const assignments = await assignmentStatusesOfIncident(tx, incidentId);
    if (!canCloseIncident(status, assignments))
      throw new ApiError(
        409,
        "invalid_transition",
        status === "closed" || status === "cancelled"
          ? `Incident ${incidentId} is already ${status}.`
          : `Incident ${incidentId} still has stations working it: clear or cancel their assignments first.`,
        { status: [status] },
      );
    await setIncidentStatus(tx, incidentId, "closed", input.disposition);
    const incident = (await getIncidentView(tx, incidentId))!;
    return {
      result: incident,
      events: [
        {
          type: "incident.closed",
          incidentId,
          actorId: user.id,
          payload: { incident, disposition: input.disposition, note: input.note ?? null },
        },
      ],
    };
  });
  return result;
}
