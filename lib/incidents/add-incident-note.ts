import type { Db } from "@/db";
import { getIncidentView } from "@/db/queries/incidents";
import { notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { commitStatement } from "@/lib/events/commit-change";
import type { IncidentNoteInput } from "@/lib/validations/dispatch";

export interface IncidentNote {
  incidentId: number;
  text: string;
  seq: number;
  at: string;
}

// A note lives in the event log alone: the incident's timeline is where it is read, and the
// log is the record that is never rewritten.
export async function addIncidentNote(
  db: Db,
  user: CurrentUser,
  incidentId: number,
  input: IncidentNoteInput,
): Promise<IncidentNote> {
  const incident = await getIncidentView(db, incidentId);
  if (!incident) throw notFound(`Incident ${incidentId}`);
  const { events } = await commitStatement(db, {
    result: null,
    writes: [],
    events: [{ type: "incident.noted", incidentId, actorId: user.id, payload: { incident, text: input.text } }],
  });
  const [event] = events;
  return { incidentId, text: input.text, seq: event!.seq, at: event!.at };
}
