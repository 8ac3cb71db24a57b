import type { EventType } from "./events";

// Every type of the log, for the audit trail's filter: a record, so that a new type added to
// EventPayloads fails to compile here until it is listed.
const listed: Record<EventType, true> = {
  "call.rang": true,
  "call.logged": true,
  "call.answered": true,
  "call.ended": true,
  "call.classified": true,
  "call.linked": true,
  "call.called_back": true,
  "call.released": true,
  "incident.created": true,
  "assignment.dispatched": true,
  "assignment.updated": true,
  "incident.noted": true,
  "assignment.escalated": true,
  "assignment.escalation_handled": true,
  "assignment.sms_sent": true,
  "assignment.sms_failed": true,
  "incident.closed": true,
  "station.staffing_changed": true,
  "station.updated": true,
  "auth.signed_in": true,
  "auth.sign_in_refused": true,
  "auth.locked_out": true,
  "audit.retention_applied": true,
  "auth.camera_view_opened": true,
  "auth.camera_view_closed": true,
  "audit.user_created": true,
  "audit.user_updated": true,
  "audit.user_disabled": true,
  "audit.user_enabled": true,
  "audit.password_reset": true,
  "audit.token_issued": true,
  "audit.token_revoked": true,
  "footage.requested": true,
  "footage.approved": true,
  "footage.refused": true,
  "footage.sent_to_owner": true,
  "footage.received": true,
  "call.location_requested": true,
  "call.location_texted": true,
  "call.location_shared": true,
  "incident.moved": true,
  "incident.recommended": true,
  "training.session_started": true,
  "training.session_ended": true,
  "training.scored": true,
  "camera.offline": true,
  "camera.online": true,
  "camera.view_changed": true,
};

export const eventTypes = Object.keys(listed) as EventType[];

/** The families of types (`auth.`, `call.` ...), each a filter of its own. */
export const eventFamilies = [...new Set(eventTypes.map((t) => `${t.split(".")[0]}.`))];
