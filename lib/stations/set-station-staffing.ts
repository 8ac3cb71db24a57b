import type { Db } from "@/db";
import { getStation, setStationStaffed } from "@/db/queries/stations";
import { ApiError, forbidden, notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { rankOpenIncidents } from "@/lib/dispatch/rank-incident";
import { commitChange } from "@/lib/events/commit-change";
import type { StationStaffingInput } from "@/lib/validations/station-staffing";

/** Dispatchers, supervisors and admins set any station; a polsek officer only their own. */
export async function setStationStaffing(db: Db, user: CurrentUser, input: StationStaffingInput) {
  const mayAny = ["dispatcher", "supervisor", "admin"].includes(user.role);
  const ownStation = user.role === "polsek" && user.stationId === input.stationId;
  if (!mayAny && !ownStation) throw forbidden("change the staffing of this station");
  const station = await getStation(db, input.stationId);
  if (!station) throw notFound(`Station ${input.stationId}`);
  if (station.staffed === input.staffed)
    throw new ApiError(
      409,
      "unchanged",
      `Station ${station.code} is already ${input.staffed ? "staffed" : "unstaffed"}.`,
    );
  const { result } = await commitChange(db, async (tx) => {
    await setStationStaffed(tx, input.stationId, input.staffed);
    return {
      result: { stationId: input.stationId, staffed: input.staffed },
      events: [
        {
          type: "station.staffing_changed",
          stationId: input.stationId,
          actorId: user.id,
          payload: { code: station.code, staffed: input.staffed },
        },
      ],
    };
  });
  await rankOpenIncidents(db);
  return result;
}
