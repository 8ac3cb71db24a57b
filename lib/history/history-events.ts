import type { CallView } from "@/lib/calls/call-view";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { NewEvent } from "@/lib/realtime/events";

import type { PlannedIncident } from "./plan-history";

/** The ids the database gave one planned incident's rows. */
export interface HistoryIds {
  incidentId: number;
  callId: number;
  assignmentId: number;
}

export type DatedEvent = NewEvent & { at: string };

const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) =>
  iso(ms + 7 * 3_600_000)
    .slice(0, 10)
    .replaceAll("-", "");

/** A generated incident's number: its Jakarta day, H and its id, so that it never takes a live incident's number. */
export const historyIncidentNumber = (p: PlannedIncident, id: number) =>
  `112-${day(p.createdAt)}-H${String(id).padStart(4, "0")}`;

/**
 * The events a live console would have logged for one planned incident, each with the view of
 * its call, incident or assignment as it stood after that step: the record reads as if the
 * incident had been worked on the console.
 */
export function historyEvents(p: PlannedIncident, ids: HistoryIds, number: string): DatedEvent[] {
  const call = (step: Partial<CallView>): CallView => ({
    id: ids.callId,
    callSid: null,
    callerNumber: callerNumberOf(ids.callId),
    status: "ringing",
    training: false,
    manual: false,
    ringingAt: iso(p.rangAt),
    answeredAt: null,
    endedAt: null,
    classification: null,
    callTakerId: null,
    incidentId: null,
    calledBackAt: null,
    ...step,
  });
  const incident = (step: Partial<IncidentView>): IncidentView => ({
    id: ids.incidentId,
    number,
    type: p.type,
    priority: p.priority,
    status: "open",
    disposition: null,
    source: "call",
    sourceCameraId: null,
    lat: p.lat,
    lon: p.lon,
    address: null,
    description: null,
    kelurahan: { code: p.kelurahan.code, name: p.kelurahan.name },
    kecamatan: p.kelurahan.kecamatan,
    kota: p.kelurahan.kota,
    createdBy: p.callTakerId,
    training: false,
    createdAt: iso(p.createdAt),
    ...step,
  });
  const assignment = (step: Partial<AssignmentView>): AssignmentView => ({
    id: ids.assignmentId,
    incidentId: ids.incidentId,
    stationId: p.station.id,
    stationCode: p.station.code,
    stationName: p.station.name,
    status: "dispatched",
    dispatcherId: null,
    dispatchedAt: iso(p.dispatchedAt),
    acknowledgedAt: null,
    enRouteAt: null,
    onSceneAt: null,
    clearedAt: null,
    cancelledAt: null,
    unit: null,
    outcome: null,
    fieldReport: null,
    note: null,
    ackDueAt: null,
    escalatedAt: null,
    escalationHandledAt: null,
    ...step,
  });
  const answered = { status: "in_progress", answeredAt: iso(p.answeredAt), callTakerId: p.callTakerId } as const;
  const steps = {
    acknowledgedAt: iso(p.acknowledgedAt),
    unit: `${p.station.code}-1`,
  };
  const dispatched = incident({ status: "dispatched" });
  const onScene = incident({ status: "on_scene" });
  const scope = { incidentId: ids.incidentId, actorId: p.callTakerId };
  const stationScope = { incidentId: ids.incidentId, stationId: p.station.id };
  return [
    { type: "call.rang", payload: { call: call({}) }, at: iso(p.rangAt) },
    { type: "call.answered", payload: { call: call(answered) }, actorId: p.callTakerId, at: iso(p.answeredAt) },
    {
      type: "incident.created",
      payload: { incident: incident({}), placeMethod: "polygon" },
      ...scope,
      at: iso(p.createdAt),
    },
    {
      type: "assignment.dispatched",
      payload: { assignment: assignment({}), incident: dispatched },
      ...stationScope,
      at: iso(p.dispatchedAt),
    },
    {
      type: "assignment.updated",
      payload: { assignment: assignment({ status: "acknowledged", ...steps }), incident: dispatched },
      ...stationScope,
      at: iso(p.acknowledgedAt),
    },
    {
      type: "assignment.updated",
      payload: {
        assignment: assignment({ status: "en_route", ...steps, enRouteAt: iso(p.enRouteAt) }),
        incident: dispatched,
      },
      ...stationScope,
      at: iso(p.enRouteAt),
    },
    {
      type: "assignment.updated",
      payload: {
        assignment: assignment({
          status: "on_scene",
          ...steps,
          enRouteAt: iso(p.enRouteAt),
          onSceneAt: iso(p.onSceneAt),
        }),
        incident: onScene,
      },
      ...stationScope,
      at: iso(p.onSceneAt),
    },
    {
      type: "assignment.updated",
      payload: {
        assignment: assignment({
          status: "cleared",
          ...steps,
          enRouteAt: iso(p.enRouteAt),
          onSceneAt: iso(p.onSceneAt),
          clearedAt: iso(p.clearedAt),
          outcome: "handled",
        }),
        incident: onScene,
      },
      ...stationScope,
      at: iso(p.clearedAt),
    },
    {
      type: "incident.closed",
      payload: {
        incident: incident({ status: "closed", disposition: "resolved" }),
        disposition: "resolved",
        note: null,
      },
      ...scope,
      at: iso(p.clearedAt + 60_000),
    },
  ];
}

/** A caller's number made from the call's id: distinct per generated call, the same on every run. */
export const callerNumberOf = (callId: number) => `+62813${String(callId % 100_000_000).padStart(8, "0")}`;
