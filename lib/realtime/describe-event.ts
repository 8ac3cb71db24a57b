import type { IncidentView } from "@/lib/incidents/incident-view";

import type { LoggedEvent } from "./events";
import { unknownEventType } from "./unknown-event";

/**
 * An event as a line a person reads: a message key under `events` and its values. Values
 * named `classification`, `incidentType` and `callStatus` are codes the screen translates.
 */
export interface EventLine {
  key: string;
  values: Record<string, string>;
}

export function describeEvent(event: LoggedEvent): EventLine {
  switch (event.type) {
    case "call.rang":
    case "call.logged":
    case "call.answered":
    case "call.ended":
    case "call.classified":
    case "call.linked":
    case "call.called_back":
    case "call.released": {
      const { call } = event.payload;
      const values = { number: call.callerNumber, callStatus: call.status, classification: call.classification ?? "" };
      return {
        key: CALL_KEYS[event.type],
        values: event.type === "call.released" ? { ...values, reason: event.payload.reason } : values,
      };
    }
    case "call.location_requested":
      return { key: "locationRequested", values: { call: String(event.payload.callId) } };
    case "call.location_texted":
      return {
        key: event.payload.sid ? "locationTexted" : "locationTextFailed",
        values: { call: String(event.payload.callId), error: event.payload.error ?? "" },
      };
    case "call.location_shared": {
      const { callId, lat, lon, accuracyM } = event.payload;
      return {
        key: "locationShared",
        values: {
          call: String(callId),
          where: `${lat.toFixed(6)}, ${lon.toFixed(6)}`,
          accuracy: accuracyM === null ? "?" : String(Math.round(accuracyM)),
        },
      };
    }
    case "incident.created": {
      const { incident } = event.payload;
      return {
        key: "incidentCreated",
        values: {
          number: incident.number,
          priority: incident.priority,
          incidentType: incident.type,
          where: placeName(incident),
        },
      };
    }
    case "assignment.dispatched":
    case "assignment.updated": {
      const { assignment, incident } = event.payload;
      return {
        key: event.type === "assignment.dispatched" ? "assignmentDispatched" : "assignmentUpdated",
        values: {
          number: incident.number,
          station: assignment.stationName,
          assignmentStatus: assignment.status,
          unit: assignment.unit ?? "",
        },
      };
    }
    case "incident.moved": {
      const { incident, reason } = event.payload;
      return { key: "incidentMoved", values: { number: incident.number, where: placeName(incident), reason } };
    }
    case "incident.recommended": {
      const [first] = event.payload.stations;
      return {
        key: "incidentRecommended",
        values: {
          first: first?.name ?? "none",
          count: String(event.payload.stations.length),
          reason: event.payload.reason,
        },
      };
    }
    case "incident.noted":
      return { key: "incidentNoted", values: { number: event.payload.incident.number, text: event.payload.text } };
    case "assignment.escalated": {
      const { assignment, incident, next } = event.payload;
      return {
        key: "assignmentEscalated",
        values: { number: incident.number, station: assignment.stationName, next: next?.name ?? "none" },
      };
    }
    case "assignment.escalation_handled": {
      const { assignment, incident, action, redispatched, handledBy } = event.payload;
      return {
        key: "escalationHandled",
        values: {
          number: incident.number,
          station: assignment.stationName,
          action,
          other: redispatched?.stationName ?? "",
          by: handledBy.name,
        },
      };
    }
    case "assignment.sms_sent":
      return {
        key: "smsSent",
        values: { number: event.payload.incidentNumber, station: event.payload.stationName, to: event.payload.to },
      };
    case "assignment.sms_failed":
      return {
        key: "smsFailed",
        values: {
          number: event.payload.incidentNumber,
          station: event.payload.stationName,
          error: event.payload.error,
        },
      };
    case "incident.closed":
      return {
        key: "incidentClosed",
        values: { number: event.payload.incident.number, disposition: event.payload.disposition },
      };
    case "station.staffing_changed":
      return { key: "stationStaffing", values: { code: event.payload.code, staffed: String(event.payload.staffed) } };
    case "station.updated":
      return { key: "stationUpdated", values: { code: event.payload.code, changed: event.payload.changed.join(", ") } };
    case "audit.user_created":
    case "audit.user_updated":
      return {
        key: ACCOUNT_KEYS[event.type],
        values: { email: event.payload.email, role: event.payload.role, station: event.payload.stationCode ?? "none" },
      };
    case "audit.user_disabled":
    case "audit.user_enabled":
    case "audit.password_reset":
      return { key: ACCOUNT_KEYS[event.type], values: { email: event.payload.email } };
    case "audit.token_issued":
    case "audit.token_revoked":
      return { key: ACCOUNT_KEYS[event.type], values: { email: event.payload.email, token: event.payload.tokenName } };
    case "auth.signed_in":
      return { key: "signedIn", values: { email: event.payload.email } };
    case "auth.sign_in_refused":
      return { key: "signInRefused", values: { email: event.payload.email } };
    case "auth.locked_out":
      return { key: "lockedOut", values: { email: event.payload.email } };
    case "audit.retention_applied":
      return {
        key: "retentionApplied",
        values: {
          calls: String(event.payload.calls),
          days: String(event.payload.days),
          before: event.payload.before.slice(0, 10),
        },
      };
    case "auth.camera_view_opened":
      return { key: "cameraViewOpened", values: { camera: event.payload.cameraName } };
    case "auth.camera_view_closed":
      return {
        key: "cameraViewClosed",
        values: { camera: event.payload.cameraName, seconds: String(event.payload.seconds) },
      };
    case "footage.requested":
    case "footage.approved":
    case "footage.refused":
    case "footage.sent_to_owner":
    case "footage.received": {
      const { request } = event.payload;
      return {
        key: FOOTAGE_KEYS[event.type],
        values: { number: request.incidentNumber, camera: request.cameraName, letter: request.letterNumber ?? "" },
      };
    }
    case "training.session_started":
    case "training.session_ended": {
      const { session } = event.payload;
      return {
        key: event.type === "training.session_started" ? "trainingStarted" : "trainingEnded",
        values: {
          session: String(session.id),
          trainees: String(session.traineeIds.length),
          calls: String(session.scenarioIds.length),
        },
      };
    }
    case "training.scored": {
      const { score } = event.payload;
      return {
        key: "trainingScored",
        values: { scenario: score.scenarioId, handled: score.handledS === null ? "-" : score.handledS.toFixed(1) },
      };
    }
    case "camera.offline":
      return {
        key: "cameraOffline",
        values: { camera: event.payload.camera.name, minutes: String(Math.round(event.payload.silentSeconds / 60)) },
      };
    case "camera.online":
      return { key: "cameraOnline", values: { camera: event.payload.camera.name } };
    case "camera.view_changed":
      return {
        key: "cameraViewChanged",
        values: {
          camera: event.payload.camera.name,
          bearing: event.payload.bearingDeg === null ? "ptz" : String(Math.round(event.payload.bearingDeg)),
          fov: String(Math.round(event.payload.fovDeg)),
          range: String(Math.round(event.payload.rangeM)),
        },
      };
    default:
      return { key: "other", values: { type: unknownEventType(event) } };
  }
}

const CALL_KEYS = {
  "call.rang": "callRang",
  "call.logged": "callLogged",
  "call.answered": "callAnswered",
  "call.ended": "callEnded",
  "call.classified": "callClassified",
  "call.linked": "callLinked",
  "call.called_back": "callCalledBack",
  "call.released": "callReleased",
} as const;

const ACCOUNT_KEYS = {
  "audit.user_created": "userCreated",
  "audit.user_updated": "userUpdated",
  "audit.user_disabled": "userDisabled",
  "audit.user_enabled": "userEnabled",
  "audit.password_reset": "passwordReset",
  "audit.token_issued": "tokenIssued",
  "audit.token_revoked": "tokenRevoked",
} as const;

const FOOTAGE_KEYS = {
  "footage.requested": "footageRequested",
  "footage.approved": "footageApproved",
  "footage.refused": "footageRefused",
  "footage.sent_to_owner": "footageSent",
  "footage.received": "footageReceived",
} as const;

const placeName = (incident: IncidentView) =>
  incident.kelurahan?.name ?? incident.kecamatan?.name ?? `${incident.lat}, ${incident.lon}`;
