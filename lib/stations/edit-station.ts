import type { Db } from "@/db";
import { locatePoint } from "@/db/queries/locate-point";
import { getStationDetails, knownKecamatanCodes, updateStationDetails } from "@/db/queries/stations";
import { ApiError, notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { rankOpenIncidents } from "@/lib/dispatch/rank-incident";
import { commitChange } from "@/lib/events/commit-change";
import type { StationDetails } from "@/lib/realtime/events";
import type { StationEditInput } from "@/lib/validations/admin";

import { changedStationFields } from "./station-changes";

/**
 * An admin's edit of a station: its address, numbers, jurisdiction (kecamatan codes of
 * Jakarta) and position (inside Jakarta). Every field is given as it should be after.
 */
export async function editStation(db: Db, actor: CurrentUser, stationId: number, input: StationEditInput) {
  const details: StationDetails = { ...input, jurisdictionCodes: [...new Set(input.jurisdictionCodes)].sort() };
  const known = await knownKecamatanCodes(db, details.jurisdictionCodes);
  const unknown = details.jurisdictionCodes.filter((c) => !known.includes(c));
  if (unknown.length)
    throw new ApiError(422, "invalid_input", `Not kecamatan of Jakarta: ${unknown.join(", ")}.`, {
      jurisdictionCodes: [`not kecamatan of Jakarta: ${unknown.join(", ")}`],
    });
  if (!(await locatePoint(db, details.lat, details.lon)).insideJakarta)
    throw new ApiError(422, "outside_jakarta", "The station's position must lie in Jakarta.", {
      lat: ["outside Jakarta"],
    });
  const { result } = await commitChange(db, async (tx) => {
    const before = await getStationDetails(tx, stationId);
    if (!before) throw notFound(`Station ${stationId}`);
    const changed = changedStationFields(before, details);
    if (changed.length === 0) throw new ApiError(409, "unchanged", `Station ${before.code} is already so.`);
    await updateStationDetails(tx, stationId, details, changed.includes("position"));
    return {
      result: { id: stationId, code: before.code, ...details, changed },
      events: [
        {
          type: "station.updated",
          stationId,
          actorId: actor.id,
          payload: { code: before.code, changed, station: details },
        },
      ],
    };
  });
  // Where it stands and what it holds decide every open incident's ranking.
  if (result.changed.includes("position") || result.changed.includes("jurisdictionCodes")) await rankOpenIncidents(db);
  const { changed: _changed, ...station } = result;
  return station;
}
