import type { Role } from "@/lib/auth/roles";
import type { CallStatus } from "@/lib/calls/vocabulary";
import type { AssignmentStatus, IncidentDisposition } from "@/lib/dispatch/vocabulary";
import type { IncidentStatus, IncidentType } from "@/lib/incidents/vocabulary";

// The console's own codes in the words of NENA's registries (NENA-STA-021.1b names the
// registries; their values are kept by NENA and IANA). Each component also carries the
// console's own code in its *InternalText / *InternalCode field, so that nothing is lost
// where a registry word is coarser than the code.

/** The domain under which the centre names itself, its stations and its people (NENA-STA-010 agency ids). */
export const CENTRE_AGENCY_ID = "siaga112.jakarta.go.id";
export const stationAgencyId = (code: string) => `${code.toLowerCase()}.stations.${CENTRE_AGENCY_ID}`;

export const incidentTypeText: Record<IncidentType, string> = {
  kebakaran: "Fire",
  kecelakaan_lalu_lintas: "Traffic Collision",
  kriminalitas: "Law Enforcement",
  medis: "Medical",
  banjir: "Flood",
  pohon_tumbang: "Hazard",
  orang_hilang: "Missing Person",
  gangguan_ketertiban: "Disturbance",
  penyelamatan: "Rescue",
  lainnya: "Other",
};

export const incidentStatusText: Record<IncidentStatus, string> = {
  open: "Open",
  dispatched: "Dispatched",
  on_scene: "OnScene",
  closed: "Closed",
  cancelled: "Cancelled",
};

export const dispositionText: Record<IncidentDisposition, string> = {
  resolved: "Handled",
  referred: "Referred",
  false_alarm: "FalseAlarm",
  duplicate: "Duplicate",
  no_action_needed: "NoActionRequired",
};

/** IANA's call states as of the EIDO's writing. */
export const callStateText: Record<CallStatus, string> = {
  ringing: "callBegin",
  in_progress: "callAnswered",
  completed: "callEnd",
  no_answer: "callEnd",
  busy: "callEnd",
  failed: "callEnd",
  abandoned: "callEnd",
};

/** A polsek's unit: the primary status, and the secondary one where the primary says less. */
export const unitStatusText: Record<AssignmentStatus, { primary: string; secondary: string[] }> = {
  dispatched: { primary: "Dispatched", secondary: [] },
  acknowledged: { primary: "Dispatched", secondary: ["Acknowledged"] },
  en_route: { primary: "Enroute", secondary: [] },
  on_scene: { primary: "OnScene", secondary: [] },
  cleared: { primary: "Available", secondary: ["Cleared"] },
  cancelled: { primary: "Available", secondary: ["Cancelled"] },
};

export const agentRoleText: Record<Role, string> = {
  operator: "Call Taking",
  dispatcher: "Dispatching",
  polsek: "Responder",
  supervisor: "Supervisor",
  monitor: "Monitoring",
  admin: "Administration",
};
