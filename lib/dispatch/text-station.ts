import type { Db } from "@/db";
import { getStationSmsNumber } from "@/db/queries/stations";
import { baseUrl, env, smsConfigured } from "@/lib/env";
import { commitStatement } from "@/lib/events/commit-change";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent, NewEvent } from "@/lib/realtime/events";
import { isTraining } from "@/lib/training/is-training";
import { twilioSms } from "@/lib/twilio/rest-client";

import type { AssignmentView } from "./assignment-view";
import { dispatchSmsBody } from "./dispatch-sms";

/**
 * Texts the station its new job, when Twilio is configured. Called after the dispatch has
 * committed and not awaited: the job is on the station's screen already, and a slow or failing
 * Twilio holds up nothing. What happened is an event of its own.
 */
export function textStation(db: Db, assignment: AssignmentView, incident: IncidentView): void {
  // Training never leaks: a drill's dispatch texts nobody.
  if (!smsConfigured() || isTraining(incident)) return;
  sendDispatchSms(db, assignment, incident).catch((error: unknown) => {
    // Only the event's own write can fail here (the database went away): nothing to tell.
    if (env.LOG_LEVEL !== "silent") console.error(`[siaga] dispatch SMS for assignment ${assignment.id}:`, error);
  });
}

export async function sendDispatchSms(
  db: Db,
  assignment: AssignmentView,
  incident: IncidentView,
): Promise<LoggedEvent | undefined> {
  const to = await getStationSmsNumber(db, assignment.stationId);
  const about = {
    assignmentId: assignment.id,
    incidentNumber: incident.number,
    stationCode: assignment.stationCode,
    stationName: assignment.stationName,
  };
  const scope = { incidentId: incident.id, stationId: assignment.stationId, actorId: null };
  let event: NewEvent;
  if (!to) {
    event = {
      type: "assignment.sms_failed",
      ...scope,
      payload: { ...about, to: null, error: `${assignment.stationCode} has no SMS number` },
    };
  } else {
    const from = env.TWILIO_SMS_FROM!;
    try {
      const message = await twilioSms().messages.create({
        to,
        // A messaging service picks the sender itself from its pool.
        ...(from.startsWith("MG") ? { messagingServiceSid: from } : { from }),
        body: dispatchSmsBody(assignment, incident, baseUrl()),
      });
      event = { type: "assignment.sms_sent", ...scope, payload: { ...about, to, sid: message.sid } };
    } catch (error) {
      event = { type: "assignment.sms_failed", ...scope, payload: { ...about, to, error: smsError(error) } };
    }
  }
  const { events } = await commitStatement(db, { result: null, events: [event], writes: [] });
  return events[0];
}

/** What went wrong, for the dispatcher and the log: Twilio's status, code and message, no secret. */
export function smsError(error: unknown): string {
  const e = error as { status?: unknown; code?: unknown; message?: unknown };
  const message = typeof e.message === "string" && e.message ? e.message : String(error);
  const status = typeof e.status === "number" ? `Twilio ${e.status}` : null;
  const code = typeof e.code === "number" ? `error ${e.code}` : typeof e.code === "string" ? e.code : null;
  const head = [status, code].filter(Boolean).join(", ");
  let text = head ? `${head}: ${message}` : message;
  for (const secret of [env.TWILIO_AUTH_TOKEN, env.TWILIO_API_SECRET])
    if (secret) text = text.replaceAll(secret, "***");
  return text.slice(0, 300);
}
