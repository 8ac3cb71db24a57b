// The one event map shared by the socket server and every client.
// Commands are `entity:verb`, broadcasts `entity:verbed`, acknowledgements `{ data } | { error }`.
import type { CallView } from "@/lib/calls/call-view";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import type { RecommendedStation } from "@/lib/dispatch/recommendation-view";
import type { EscalationAction, IncidentDisposition } from "@/lib/dispatch/vocabulary";
import type { FootageRequestView } from "@/lib/footage/footage-request-view";
import type { PointLocation } from "@/lib/geo/point-location";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { TrainingScore } from "@/lib/training/score-view";
import type { TrainingSessionView } from "@/lib/training/session-view";

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
  /** A one-time location link made for a call's caller (never the link itself: it is a key). */
  "call.location_requested": { callId: number; linkId: number; expiresAt: string; texted: boolean };
  /** The link's SMS: Twilio's message SID, or why it did not go. */
  "call.location_texted": { callId: number; linkId: number; sid: string | null; error: string | null };
  /** The caller's phone posted its location through the link. */
  "call.location_shared": { callId: number; linkId: number; lat: number; lon: number; accuracyM: number | null };
  "incident.created": { incident: IncidentView; placeMethod: PointLocation["method"] };
  /** The place corrected (the caller said more, a better fix came): areas resolved again. */
  "incident.moved": { incident: IncidentView; from: { lat: number; lon: number }; reason: string };
  /**
   * The staffed polsek ranked for the incident, as the console computed them: at creation, when
   * the place moves, when stations change. The record keeps what the dispatcher was offered.
   */
  "incident.recommended": { stations: RecommendedStation[]; reason: RecommendationReason };
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
  /** An admin edited a station's address, numbers, jurisdiction or position: the fields as they are now. */
  "station.updated": { code: string; changed: string[]; station: StationDetails };
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
  /** Accounts, changed by an admin (the actor): whose, and what is true of it now. */
  "audit.user_created": AccountRef & { role: string; stationCode: string | null };
  "audit.user_updated": AccountRef & { role: string; stationCode: string | null };
  /** Disabled: signed out everywhere and refused at sign-in; enabled: allowed again. */
  "audit.user_disabled": AccountRef;
  "audit.user_enabled": AccountRef;
  /** A new password set by an admin (never carried here); every session of the account ended. */
  "audit.password_reset": AccountRef;
  /** An API token issued or revoked: its id and the first characters, never the token. */
  "audit.token_issued": AccountRef & { tokenId: string; tokenName: string; start: string | null };
  "audit.token_revoked": AccountRef & { tokenId: string; tokenName: string };
  "footage.requested": { request: FootageRequestView };
  "footage.approved": { request: FootageRequestView };
  /** Refused by a supervisor (from `requested`) or by the camera's owner (from `sent_to_owner`). */
  "footage.refused": { request: FootageRequestView };
  "footage.sent_to_owner": { request: FootageRequestView };
  "footage.received": { request: FootageRequestView };
  /** A supervisor started a training session (to the supervisors and each of its trainees). */
  "training.session_started": { session: TrainingSessionView };
  /** The session was ended; calls not yet rung never ring. */
  "training.session_ended": { session: TrainingSessionView };
  /** One training call scored from the event log: audited, exportable, the trainee's and the supervisors'. */
  "training.scored": { score: TrainingScore };
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

export type RecommendationReason = "created" | "moved" | "stations_changed";

/** The account an admin's change was about. */
export type AccountRef = { userId: string; email: string };

/** What an admin may edit of a station, as it stands after the edit. */
export type StationDetails = {
  address: string | null;
  phone: string | null;
  smsNumber: string | null;
  jurisdictionCodes: string[];
  lat: number;
  lon: number;
};

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
  /**
   * A training session's event, for that trainee only (see rooms.ts). Events of a trainee's call or
   * incident take it from the call's or incident's row when they do not say it.
   */
  traineeId?: string | null;
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
    /** Whose training this event is; absent or null for the real console. */
    traineeId?: string | null;
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
  /**
   * Events may have been missed: this process lost its link to the other console processes for
   * a while (the database restarted). Fetch what came after the last one seen, as on a reconnect.
   */
  "event:resync": () => void;
}

export interface ClientToServerEvents {
  "station:staff": (input: StationStaffing, ack: (res: Ack<StationStaffing>) => void) => void;
}

export interface SocketData {
  userId: string;
  role: string;
  stationId: number | null;
  /** The session the socket came in on (the cookie), null for an API token: cut when it ends. */
  sessionId: string | null;
}
