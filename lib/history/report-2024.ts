import type { CallClassification } from "@/lib/calls/vocabulary";
import type { IncidentType, Priority } from "@/lib/incidents/vocabulary";

// What Jakarta Siaga 112 reported for 2024, the shape every generated year follows.
export const CALLS_PER_YEAR = 637_292;

/** Of every call: cut off while connected, pranks, non-emergency, emergencies, and the rest repeats. */
export const callShares: Readonly<Record<CallClassification, number>> = {
  abandoned: 0.58,
  prank: 0.205,
  info: 0.17,
  emergency: 0.01,
  duplicate: 0.035,
};

/** Emergencies a year by type: ambulance 2,607, traffic accidents 736, fires 735; floods from the 2024 flood table; the rest estimated to make about 1% of calls. */
export const incidentsPerYear: Readonly<Record<IncidentType, number>> = {
  medis: 2607,
  kecelakaan_lalu_lintas: 736,
  kebakaran: 735,
  banjir: 500,
  kriminalitas: 640,
  gangguan_ketertiban: 520,
  pohon_tumbang: 320,
  penyelamatan: 210,
  orang_hilang: 150,
  lainnya: 210,
};

export const priorityOf: Readonly<Record<IncidentType, Readonly<Partial<Record<Priority, number>>>>> = {
  medis: { P1: 0.5, P2: 0.4, P3: 0.1 },
  kecelakaan_lalu_lintas: { P1: 0.3, P2: 0.5, P3: 0.2 },
  kebakaran: { P1: 0.7, P2: 0.3 },
  banjir: { P2: 0.5, P3: 0.5 },
  kriminalitas: { P1: 0.2, P2: 0.5, P3: 0.3 },
  gangguan_ketertiban: { P2: 0.3, P3: 0.5, P4: 0.2 },
  pohon_tumbang: { P2: 0.4, P3: 0.6 },
  penyelamatan: { P1: 0.4, P2: 0.6 },
  orang_hilang: { P2: 0.6, P3: 0.4 },
  lainnya: { P3: 0.5, P4: 0.5 },
};

/** Where the year's calls came from, by kota's BPS code (Timur, Selatan, Barat, Pusat, Utara). */
export const kotaShares: Readonly<Record<string, number>> = {
  "3172": 0.26,
  "3171": 0.23,
  "3174": 0.21,
  "3173": 0.15,
  "3175": 0.15,
};

/** Calls by month, January first: March the busiest (Ramadan and the rains). */
export const monthWeights = [1.0, 0.97, 1.16, 1.04, 0.98, 0.95, 0.97, 0.99, 0.96, 0.98, 0.97, 1.03] as const;

/** Calls by hour of the day in Jakarta, midnight first: quiet before dawn, busiest in the evening. */
export const hourWeights = [
  0.45, 0.35, 0.3, 0.3, 0.4, 0.6, 0.85, 1.0, 1.1, 1.15, 1.15, 1.15, 1.2, 1.15, 1.15, 1.2, 1.3, 1.4, 1.45, 1.5, 1.45,
  1.3, 1.0, 0.7,
] as const;
