import type { CallView } from "@/db/queries/calls";
import type { IncidentView } from "@/db/queries/incidents";
import type { SpineEvent } from "./events";

/**
 * An event as a line a person reads: a message key under `events` and its values. Values
 * named `classification`, `incidentType` and `callStatus` are codes the screen translates.
 */
export interface EventLine {
  key: string;
  values: Record<string, string>;
}

const CALL_KEYS: Record<string, string> = {
  "call.rang": "callRang", "call.logged": "callLogged", "call.answered": "callAnswered", "call.ended": "callEnded",
  "call.classified": "callClassified", "call.linked": "callLinked", "call.called_back": "callCalledBack",
  "call.released": "callReleased",
};

export function describeEvent(event: SpineEvent): EventLine {
  const call = event.payload.call as CallView | undefined;
  const callKey = CALL_KEYS[event.type];
  if (callKey && call) {
    const values = { number: call.callerNumber, callStatus: call.status, classification: call.classification ?? "" };
    return { key: callKey, values: event.type === "call.released" ? { ...values, reason: event.payload.reason === "timeout" ? "timeout" : "handover" } : values };
  }
  const incident = event.payload.incident as IncidentView | undefined;
  if (event.type === "incident.created" && incident) {
    const where = incident.kelurahan?.name ?? incident.kecamatan?.name ?? `${incident.lat}, ${incident.lon}`;
    return { key: "incidentCreated", values: { number: incident.number, priority: incident.priority, incidentType: incident.type, where } };
  }
  if (event.type === "station.staffing_changed") {
    return { key: "stationStaffing", values: { code: String(event.payload.code ?? event.stationId), staffed: String(event.payload.staffed === true) } };
  }
  return { key: "other", values: { type: event.type } };
}
