// POST /api/incidents/{id}/notes - a note in the incident's timeline
import { apiRoute } from "@/lib/api/api-route";
import { incidentNoteRoute } from "@/lib/api/routes/dispatch";
import { addIncidentNote } from "@/lib/incidents/add-incident-note";

export const dynamic = "force-dynamic";

export const POST = apiRoute(incidentNoteRoute, ({ db, id, user, body }) => addIncidentNote(db, user, id, body));
