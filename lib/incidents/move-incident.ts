import type { Db } from "@/db";
import { assignmentsOfIncident, lockIncident } from "@/db/queries/assignments";
import { getIncidentView, moveIncidentPlace } from "@/db/queries/incidents";
import { ApiError, notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isActiveAssignment } from "@/lib/dispatch/assignment-machine";
import { rankIncidentLater } from "@/lib/dispatch/rank-incident";
import { commitChange } from "@/lib/events/commit-change";
import { locatePlace } from "@/lib/geo/locate-place";
import type { NewEvent } from "@/lib/realtime/events";
import type { MoveIncidentInput } from "@/lib/validations/dispatch";

import { outsideJakarta } from "./create-incident";
import type { IncidentView } from "./incident-view";

/**
 * The incident's place corrected: areas resolved again, the move and its reason logged, and the
 * stations ranked again once it has committed. Each station still working the job hears of the
 * move on its own screen (the event scoped to it); with none, the console alone.
 */
export async function moveIncident(
  db: Db,
  user: CurrentUser,
  incidentId: number,
  input: MoveIncidentInput,
): Promise<IncidentView> {
  const place = await locatePlace(db, input.lat, input.lon);
  if (!place.insideJakarta) throw outsideJakarta(input.lat, input.lon);
  const { result } = await commitChange(db, async (tx) => {
    const locked = await lockIncident(tx, incidentId);
    if (!locked) throw notFound(`Incident ${incidentId}`);
    if (locked.status === "closed" || locked.status === "cancelled")
      throw new ApiError(409, "invalid_transition", `Incident ${incidentId} is ${locked.status}: its place stays.`, {
        status: [locked.status],
      });
    const before = (await getIncidentView(tx, incidentId))!;
    await moveIncidentPlace(tx, incidentId, {
      lat: input.lat,
      lon: input.lon,
      address: input.address,
      kelurahanCode: place.kelurahan?.code ?? null,
      kecamatanCode: place.kecamatan?.code ?? null,
      kotaCode: place.kota?.code ?? null,
    });
    const incident = (await getIncidentView(tx, incidentId))!;
    const working = (await assignmentsOfIncident(tx, incidentId)).filter((a) => isActiveAssignment(a.status));
    const payload = { incident, from: { lat: before.lat, lon: before.lon }, reason: input.reason };
    const event = (stationId: number | null): NewEvent => ({
      type: "incident.moved",
      incidentId,
      stationId,
      actorId: user.id,
      payload,
    });
    const stations = [...new Set(working.map((a) => a.stationId))];
    return { result: incident, events: stations.length ? stations.map(event) : [event(null)] };
  });
  rankIncidentLater(db, incidentId, "moved");
  return result;
}
