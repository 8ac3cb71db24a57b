import type { Db } from "@/db";
import { getCall, lockCall, toCallView, updateCallSql } from "@/db/queries/calls";
import { insertIncidentSql, reserveIncident } from "@/db/queries/incidents";
import { cameraExists } from "@/db/queries/live-cameras";
import { ApiError, notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { conflict } from "@/lib/calls/change-call";
import { rankIncidentLater } from "@/lib/dispatch/rank-incident";
import { commitChange, commitStatement } from "@/lib/events/commit-change";
import { locatePlace } from "@/lib/geo/locate-place";
import type { NewEvent } from "@/lib/realtime/events";
import type { CreateIncidentInput } from "@/lib/validations/incident";

import { formatIncidentNumber, jakartaDay } from "./incident-number";
import type { IncidentView } from "./incident-view";

export const outsideJakarta = (lat: number, lon: number) =>
  new ApiError(
    422,
    "outside_jakarta",
    `The place (${lat}, ${lon}) is outside DKI Jakarta: check the coordinates, or hand the call to the neighbouring region's 112.`,
    { lat: ["outside Jakarta"], lon: ["outside Jakarta"] },
  );

// A new incident: its place resolved to kelurahan, kecamatan and kota, its id and number
// reserved, then the incident and its event written by one statement. The call that
// reported it (if any) is locked and checked first, and is classified as an emergency and
// linked by that same statement, inside the call's transaction.
export async function createIncident(db: Db, user: CurrentUser, input: CreateIncidentInput): Promise<IncidentView> {
  const place = await locatePlace(db, input.lat, input.lon);
  if (!place.insideJakarta) throw outsideJakarta(input.lat, input.lon);
  if (input.cameraId && !(await cameraExists(db, input.cameraId))) throw notFound(`Camera ${input.cameraId}`);
  // A trainee's call makes a trainee's incident: it never reaches a real screen (lib/training).
  const call = input.callId ? await getCall(db, input.callId) : null;
  const traineeId = call?.traineeId ?? null;
  const now = new Date();
  const { id, count } = await reserveIncident(db, jakartaDay(now));
  const row = {
    id,
    number: formatIncidentNumber(jakartaDay(now), count),
    type: input.type,
    priority: input.priority,
    address: input.address || null,
    description: input.description || null,
    source: input.cameraId ? ("camera" as const) : ("call" as const),
    sourceCameraId: input.cameraId ?? null,
    createdBy: user.id,
    createdAt: now,
  };
  const incident: IncidentView = {
    ...row,
    status: "open",
    disposition: null,
    lat: input.lat,
    lon: input.lon,
    createdAt: now.toISOString(),
    kelurahan: place.kelurahan,
    kecamatan: place.kecamatan,
    kota: place.kota,
    training: traineeId !== null,
  };
  const insert = insertIncidentSql(db, {
    ...row,
    lat: input.lat,
    lon: input.lon,
    kelurahanCode: place.kelurahan?.code ?? null,
    kecamatanCode: place.kecamatan?.code ?? null,
    kotaCode: place.kota?.code ?? null,
    traineeId,
  });
  const created: NewEvent = {
    type: "incident.created",
    incidentId: id,
    actorId: user.id,
    traineeId,
    payload: { incident, placeMethod: place.method },
  };
  const callId = input.callId;
  if (!callId) {
    await commitStatement(db, { result: incident, writes: [insert], events: [created] });
    rankIncidentLater(db, id, "created");
    return incident;
  }

  const { result } = await commitChange(db, async (tx) => {
    const call = await lockCall(tx, { id: callId });
    if (!call) throw notFound(`Call ${callId}`);
    if (call.incidentId) throw conflict(`Call ${call.id} already belongs to an incident.`);
    if (call.traineeId !== traineeId) throw conflict(`Call ${call.id} changed while the incident was made.`);
    if (call.classification) throw conflict(`Call ${call.id} was already classified as ${call.classification}.`);
    const patch = { incidentId: id, classification: "emergency" as const, callTakerId: call.callTakerId ?? user.id };
    return {
      result: incident,
      writes: [insert, updateCallSql(tx, call.id, patch)],
      events: [
        created,
        {
          type: "call.classified",
          incidentId: id,
          actorId: user.id,
          payload: { call: toCallView({ ...call, ...patch }) },
        },
      ],
    };
  });
  rankIncidentLater(db, id, "created");
  return result;
}
