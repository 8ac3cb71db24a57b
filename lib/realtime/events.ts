// The one event map shared by the socket server and every client.
// Commands are `entity:verb`, broadcasts `entity:verbed`, acknowledgements `{ data } | { error }`.
import type { CallView } from "@/lib/calls/call-view";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import type { RecommendedStation } from "@/lib/dispatch/recommendation-view";
import type { EscalationAction, IncidentDisposition } from "@/lib/dispatch/vocabulary";
import type { FootageRequestView } from "@/lib/footage/footage-request-view";
import type { PointLocation } from "@/lib/geo/point-location";
import type { IncidentView } from "@/lib/incidents/incident-view";

import { AUDIT_PREFIXES } from "./vocabulary";

/**
 * What each type of event in the event log carries. A new type goes here first; every
 * consumer that switches on `type` then fails to compile until it handles it.
 */
export interface EventPayloads {
  "call.rang": { call: CallView };
  "call.logged": { call: CallView };
  "call.answered": { call: CallView };
  "call.ended": { call: CallView };
  "call.classified": { call: CallView };
  "call.linked": { call: CallView };
  "call.called_back": { call: CallView };
  /** Back in the queue: handed over by its call-taker, or left unfinished past the handling timeout. */
  "call.released": { call: CallView; reason: "handover" | "timeout"; heldBy: string | null };
  "incident.created": { incident: IncidentView; placeMethod: PointLocation["method"] };
  /** A station sent to an incident (scoped to that station), with the incident's status after it. */
  "assignment.dispatched": { assignment: AssignmentView; incident: IncidentView };
  /** An assignment's next step (acknowledged ... cleared, or cancelled), with the incident after it. */
  "assignment.updated": { assignment: AssignmentView; incident: IncidentView };
  /** A note on the incident, kept in its timeline. */
  "incident.noted": { incident: IncidentView; text: string };
  /**
   * A job not acknowledged by its deadline: the dispatcher's alert (console-wide), with the next
   * staffed station the recommendation offers that is not already on the incident, or null.
   * The alert stays open until handled or until the job moves on from `dispatched`.
   */
  "assignment.escalated": { assignment: AssignmentView; incident: IncidentView; next: RecommendedStation | null };
  /** The dispatcher's answer to the alert: another station sent as well, or another period waited. */
  "assignment.escalation_handled": {
    assignment: AssignmentView;
    incident: IncidentView;
    action: EscalationAction;
    /** With `redispatch`, the new assignment (also announced as its own `assignment.dispatched`). */
    redispatched: AssignmentView | null;
    handledBy: { id: string; name: string };
  };
  /** The station was texted its job (scoped like the dispatch). */
  "assignment.sms_sent": DispatchSms & { to: string; sid: string };
  /** The text did not go: no number, Twilio refused, or it did not answer in time. */
  "assignment.sms_failed": DispatchSms & { to: string | null; error: string };
  "incident.closed": { incident: IncidentView; disposition: IncidentDisposition; note: string | null };
  "station.staffing_changed": { code: string; staffed: boolean };
  /** The account tried, never the password; the actor only once signed in. */
  "auth.signed_in": { email: string };
  "auth.sign_in_refused": { email: string };
  "auth.locked_out": { email: string };
  /** The retention job anonymised the numbers of calls that rang before `before` (`days` ago). */
  "audit.retention_applied": { calls: number; before: string; days: number };
  /** A live camera opened through the console's proxy: who (the actor), which camera, when (the event's time). */
  "auth.camera_view_opened": CameraView;
  /** The view's end: the player closed it, or no segment was fetched for a while (then up to the last one). */
  "auth.camera_view_closed": CameraView & { seconds: number; reason: "closed" | "idle" };
  "footage.requested": { request: FootageRequestView };
  "footage.approved": { request: FootageRequestView };
  /** Refused by a supervisor (from `requested`) or by the camera's owner (from `sent_to_owner`). */
  "footage.refused": { request: FootageRequestView };
  "footage.sent_to_owner": { request: FootageRequestView };
  "footage.received": { request: FootageRequestView };
  /** A camera that reports heartbeats fell silent past the settable time: offline now. */
  "camera.offline": { camera: CameraHealthChange; silentSeconds: number };
  /** An offline camera's heartbeat again. */
  "camera.online": { camera: CameraHealthChange };
  /** The registry changed where a camera looks (its cone, and so the coverage). */
  "camera.view_changed": {
    camera: { id: number; name: string };
    bearingDeg: number | null;
    fovDeg: number;
    rangeM: number;
  };
}

/** The camera whose health changed; never its stream address. */
export type CameraHealthChange = { id: number; name: string; lastSeenAt: string | null };

/** One opening of a live camera, named so its close can be matched to it. */
export type CameraView = { cameraId: number; cameraName: string; viewId: string };

/** Which dispatch an SMS was about, enough for a screen to show without looking it up. */
export type DispatchSms = {
  assignmentId: number;
  incidentNumber: string;
  stationCode: string;
  stationName: string;
};

export type EventType = keyof EventPayloads;

export const callEventTypes = [
  "call.rang",
  "call.logged",
  "call.answered",
  "call.ended",
  "call.classified",
  "call.linked",
  "call.called_back",
  "call.released",
] as const satisfies readonly EventType[];
/** Events whose payload is a call, and every call event carries its call. */
export type CallEventType = (typeof callEventTypes)[number];

export const isAuditEvent = (event: { type: string }) => AUDIT_PREFIXES.some((p) => event.type.startsWith(p));

/** Who and what an event concerns, besides its payload. */
interface EventScope {
  incidentId?: number | null;
  /** Scopes the event to that station's officers; null: every console-wide role. */
  stationId?: number | null;
  actorId?: string | null;
}

/** An event to append: its type and payload, and what it concerns. */
export type NewEvent = { [T in EventType]: EventScope & { type: T; payload: EventPayloads[T] } }[EventType];

/** A committed event as it travels to consoles, with its place in the log. */
export type LoggedEvent = {
  [T in EventType]: {
    seq: number;
    type: T;
    payload: EventPayloads[T];
    incidentId: number | null;
    stationId: number | null;
    actorId: string | null;
    at: string;
  };
}[EventType];

export type LoggedEventOf<T extends EventType> = Extract<LoggedEvent, { type: T }>;

export type Ack<T> =
  { data: T } | { error: { code: string; message: string; fields?: Record<string, string[]> | undefined } };

export interface StationStaffing {
  stationId: number;
  staffed: boolean;
}

export interface ServerToClientEvents {
  /** Every event appended to the log, after its commit, in sequence order. */
  "event:logged": (event: LoggedEvent) => void;
}

export interface ClientToServerEvents {
  "station:staff": (input: StationStaffing, ack: (res: Ack<StationStaffing>) => void) => void;
}

export interface SocketData {
  userId: string;
  role: string;
  stationId: number | null;
}
