import type { CallView } from "@/lib/calls/call-view";
import type { LoggedEvent } from "@/lib/realtime/events";
import { unknownEvent } from "@/lib/realtime/unknown-event";

/** A list of calls after one logged event: the event's call replaces or joins the list. */
export function applyCallEvent(calls: readonly CallView[], event: LoggedEvent): readonly CallView[] {
  switch (event.type) {
    case "call.rang":
    case "call.logged":
    case "call.answered":
    case "call.ended":
    case "call.classified":
    case "call.linked":
    case "call.called_back":
    case "call.released":
      return upsertCall(calls, event.payload.call);
    case "incident.created":
    case "incident.noted":
    case "call.location_requested":
    case "call.location_texted":
    case "call.location_shared":
    case "incident.moved":
    case "incident.recommended":
    case "incident.closed":
    case "assignment.dispatched":
    case "assignment.updated":
    case "assignment.escalated":
    case "assignment.escalation_handled":
    case "assignment.sms_sent":
    case "assignment.sms_failed":
    case "station.staffing_changed":
    case "station.updated":
    case "audit.user_created":
    case "audit.user_updated":
    case "audit.user_disabled":
    case "audit.user_enabled":
    case "audit.password_reset":
    case "audit.token_issued":
    case "audit.token_revoked":
    case "auth.signed_in":
    case "auth.sign_in_refused":
    case "auth.locked_out":
    case "audit.retention_applied":
    case "auth.camera_view_opened":
    case "auth.camera_view_closed":
    case "footage.requested":
    case "footage.approved":
    case "footage.refused":
    case "footage.sent_to_owner":
    case "footage.received":
    case "training.session_started":
    case "training.session_ended":
    case "training.scored":
    case "camera.offline":
    case "camera.online":
    case "camera.view_changed":
      return calls;
    default:
      return unknownEvent(event, calls);
  }
}

/** The call replaces its older self in the list, or joins it at the top. */
export function upsertCall(calls: readonly CallView[], call: CallView): readonly CallView[] {
  const i = calls.findIndex((c) => c.id === call.id);
  if (i === -1) return [call, ...calls];
  return calls.map((c, j) => (j === i ? call : c));
}

/** Waiting or being handled, and not yet classified: the call-taker's queue. */
export const isActive = (c: CallView) => (c.status === "ringing" || c.status === "in_progress") && !c.classification;
export const needsCallback = (c: CallView) => (c.status === "abandoned" || c.status === "no_answer") && !c.calledBackAt;

/** Seconds a call has waited, or waited until it was answered or ended. */
export function waitedSeconds(c: CallView, now: number): number {
  const end = c.answeredAt ?? c.endedAt;
  return Math.max(0, Math.floor(((end ? new Date(end).getTime() : now) - new Date(c.ringingAt).getTime()) / 1000));
}

/** Seconds since the call was answered: how long it has been in a call-taker's hands. */
export const handlingSeconds = (c: CallView, now: number) =>
  c.answeredAt ? Math.max(0, Math.floor((now - new Date(c.answeredAt).getTime()) / 1000)) : 0;

export const formatDuration = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;

/** How long ago an ISO time was, as minutes:seconds (never negative on a clock a little behind). */
export const formatSince = (iso: string, now: number) =>
  formatDuration(Math.max(0, Math.floor((now - Date.parse(iso)) / 1000)));
