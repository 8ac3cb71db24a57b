import id from "@/lib/i18n/messages/id.json";
import type { IncidentView } from "@/lib/incidents/incident-view";

import type { AssignmentView } from "./assignment-view";

/** Where a station's officer opens the job from the SMS. */
export const jobLink = (baseUrl: string, assignmentId: number) => `${baseUrl}/polsek?assignment=${assignmentId}`;

// In Indonesian, the duty officer's language, and short: a text that fits two SMS segments
// even with a long address. The place is what an officer knows the city by: the kelurahan and
// kecamatan, then the street address when the call-taker wrote one.
export function dispatchSmsBody(
  assignment: Pick<AssignmentView, "id">,
  incident: Pick<IncidentView, "number" | "type" | "priority" | "kelurahan" | "kecamatan" | "address" | "lat" | "lon">,
  baseUrl: string,
): string {
  const areas = [
    incident.kelurahan && `Kel. ${incident.kelurahan.name}`,
    incident.kecamatan && `Kec. ${incident.kecamatan.name}`,
  ].filter(Boolean);
  const place = [
    areas.length ? areas.join(", ") : `${incident.lat.toFixed(5)}, ${incident.lon.toFixed(5)}`,
    incident.address?.slice(0, 120),
  ]
    .filter(Boolean)
    .join(". ");
  return [
    `112 ${incident.number} ${incident.priority}: ${id.incidentTypes[incident.type]}`,
    place,
    `Buka: ${jobLink(baseUrl, assignment.id)}`,
  ].join("\n");
}
