import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent } from "@/lib/realtime/events";
import { unknownEvent } from "@/lib/realtime/unknown-event";

const isOpen = (i: IncidentView) => i.status !== "closed" && i.status !== "cancelled";

/** Most urgent first (P1 before P4), then the oldest first: the dispatcher's order. */
export function byPriorityAndAge(a: IncidentView, b: IncidentView): number {
  return a.priority.localeCompare(b.priority) || a.createdAt.localeCompare(b.createdAt);
}

/** The open incidents after one logged event, kept in the dispatcher's order. */
export function applyIncidentEvent(incidents: readonly IncidentView[], event: LoggedEvent): readonly IncidentView[] {
  switch (event.type) {
    case "incident.created":
    case "incident.moved":
    case "incident.closed":
    case "assignment.dispatched":
    case "assignment.updated":
    case "assignment.escalation_handled":
      return upsertIncident(incidents, event.payload.incident);
    // A note or an alert changes no incident; the copy they carry may be older than the list's.
    case "incident.noted":
    case "call.location_requested":
    case "call.location_texted":
    case "call.location_shared":
    case "incident.recommended":
    case "assignment.escalated":
    case "assignment.sms_sent":
    case "assignment.sms_failed":
    case "call.rang":
    case "call.logged":
    case "call.answered":
    case "call.ended":
    case "call.classified":
    case "call.linked":
    case "call.called_back":
    case "call.released":
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
      return incidents;
    default:
      return unknownEvent(event, incidents);
  }
}

function upsertIncident(incidents: readonly IncidentView[], incident: IncidentView): readonly IncidentView[] {
  const rest = incidents.filter((i) => i.id !== incident.id);
  return (isOpen(incident) ? [...rest, incident] : rest).sort(byPriorityAndAge);
}
