// Jakarta Siaga 112's own incident categories, priorities (P1: life at risk now) and states.
export const incidentTypes = [
  "kebakaran",
  "kecelakaan_lalu_lintas",
  "kriminalitas",
  "medis",
  "banjir",
  "pohon_tumbang",
  "orang_hilang",
  "gangguan_ketertiban",
  "penyelamatan",
  "lainnya",
] as const;
export type IncidentType = (typeof incidentTypes)[number];

export const priorities = ["P1", "P2", "P3", "P4"] as const;
export type Priority = (typeof priorities)[number];

/** A call-taker logged it from a call, or a camera monitor raised it from what a camera shows. */
export const incidentSources = ["call", "camera"] as const;
export type IncidentSource = (typeof incidentSources)[number];

export const incidentStatuses = ["open", "dispatched", "on_scene", "closed", "cancelled"] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];
