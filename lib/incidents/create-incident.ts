import { getDb } from "@/db";
import { lockCall, toCallView, updateCall } from "@/db/queries/calls";
import type { NewEvent } from "@/db/queries/events";
import { insertIncident, takeIncidentCount, type IncidentView } from "@/db/queries/incidents";
import { cameraExists } from "@/db/queries/live-cameras";
import { locatePoint } from "@/db/queries/locate-point";
import { ApiError, notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { conflict } from "@/lib/calls/change-call";
import { commitChange } from "@/lib/events/commit-change";
import type { CreateIncidentInput } from "@/lib/validations/incident";
import { formatIncidentNumber, jakartaDay } from "./incident-number";

export const outsideJakarta = (lat: number, lon: number) =>
  new ApiError(422, "outside_jakarta", `The place (${lat}, ${lon}) is outside DKI Jakarta: check the coordinates, or hand the call to the neighbouring region's 112.`, { lat: ["outside Jakarta"], lon: ["outside Jakarta"] });

// A new incident: its place resolved to kelurahan, kecamatan and kota, its number taken for
// the day, the call that reported it (if any) classified as an emergency and linked.
export async function createIncident(user: CurrentUser, input: CreateIncidentInput) {
  const place = await locatePoint(getDb(), input.lat, input.lon);
  if (!place.insideJakarta) throw outsideJakarta(input.lat, input.lon);
  if (input.cameraId && !(await cameraExists(getDb(), input.cameraId))) throw notFound(`Camera ${input.cameraId}`);
  const now = new Date();
  const number = formatIncidentNumber(jakartaDay(now), await takeIncidentCount(getDb(), jakartaDay(now)));
  const { result } = await commitChange(async (tx) => {
    const call = input.callId ? await lockCall(tx, { id: input.callId }) : null;
    if (input.callId && !call) throw notFound(`Call ${input.callId}`);
    if (call?.incidentId) throw conflict(`Call ${call.id} already belongs to an incident.`);
    if (call?.classification) throw conflict(`Call ${call.id} was already classified as ${call.classification}.`);
    const row = await insertIncident(tx, {
      number, type: input.type, priority: input.priority, lat: input.lat, lon: input.lon,
      address: input.address || null, description: input.description || null,
      kelurahanCode: place.kelurahan?.code ?? null, kecamatanCode: place.kecamatan?.code ?? null, kotaCode: place.kota?.code ?? null,
      source: input.cameraId ? "camera" : "call", sourceCameraId: input.cameraId ?? null, createdBy: user.id, createdAt: now,
    });
    // The place's names are known already: no need to read the row back with its joins.
    const incident: IncidentView = {
      id: row.id, number: row.number, type: row.type, priority: row.priority, status: row.status, source: row.source,
      sourceCameraId: row.sourceCameraId, lat: input.lat, lon: input.lon, address: row.address, description: row.description,
      kelurahan: place.kelurahan, kecamatan: place.kecamatan, kota: place.kota, createdBy: row.createdBy, createdAt: row.createdAt.toISOString(),
    };
    const id = row.id;
    const events: NewEvent[] = [{ type: "incident.created", incidentId: id, actorId: user.id, payload: { incident, placeMethod: place.method } }];
    if (call) {
      const linked = toCallView(await updateCall(tx, call.id, { incidentId: id, classification: "emergency", callTakerId: call.callTakerId ?? user.id }));
      events.push({ type: "call.classified", incidentId: id, actorId: user.id, payload: { call: linked } });
    }
    return { result: incident, events };
  });
  return result;
}
