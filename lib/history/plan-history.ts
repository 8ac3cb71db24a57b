import type { IncidentType, Priority } from "@/lib/incidents/vocabulary";
import { pickWeighted } from "@/lib/random";

import { hourWeights, incidentsPerYear, monthWeights, priorityOf } from "./report-2024";

export interface AreaName {
  code: string;
  name: string;
}

export interface HistoryKelurahan {
  code: string;
  name: string;
  kecamatanCode: string;
  kecamatan: AreaName;
  kota: AreaName;
  kotaCode: string;
  lat: number;
  lon: number;
}

export interface HistoryStation {
  id: number;
  code: string;
  name: string;
  jurisdictionCodes: readonly string[];
}

/** Where fires and floods fall: a weight per kelurahan code, floods per kelurahan and month (1 to 12). */
export interface PlaceWeights {
  fires: ReadonlyMap<string, number>;
  floods: ReadonlyMap<string, number>;
}

export interface HistoryInput {
  /** The first instant of the history and the instant after its last. */
  start: Date;
  end: Date;
  kelurahan: readonly HistoryKelurahan[];
  stations: readonly HistoryStation[];
  callTakerIds: readonly (string | null)[];
  places: PlaceWeights;
  kotaShares: Readonly<Record<string, number>>;
  /** Incidents per year; the 2024 report's about 6,600 unless a benchmark wants more. */
  incidentsPerYear?: number;
  rand: () => number;
}

/** One generated emergency: its call, the incident, one station's assignment, every step's time (ms). */
export interface PlannedIncident {
  type: IncidentType;
  priority: Priority;
  kelurahan: HistoryKelurahan;
  lat: number;
  lon: number;
  station: HistoryStation;
  callTakerId: string | null;
  rangAt: number;
  answeredAt: number;
  createdAt: number;
  dispatchedAt: number;
  acknowledgedAt: number;
  enRouteAt: number;
  onSceneAt: number;
  clearedAt: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const JAKARTA_OFFSET_MS = 7 * HOUR_MS;

/** A log-normal delay in seconds with the given median, spread (sigma) and bounds. */
export function lognormal(rand: () => number, median: number, sigma: number, min: number, max: number): number {
  const u = Math.max(rand(), 1e-12);
  const v = rand();
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return Math.min(max, Math.max(min, median * Math.exp(sigma * z)));
}

/** Jakarta's month (1 to 12) of an instant. */
export const jakartaMonth = (ms: number) => new Date(ms + JAKARTA_OFFSET_MS).getUTCMonth() + 1;

/** The months of the range in Jakarta's calendar, each with its share of a year's calls (its weight over 12). */
export function monthsOf(start: Date, end: Date): { from: number; to: number; month: number; yearShare: number }[] {
  const months = [];
  const s = new Date(start.getTime() + JAKARTA_OFFSET_MS);
  let y = s.getUTCFullYear();
  let m = s.getUTCMonth();
  const total = monthWeights.reduce((a, b) => a + b, 0);
  for (;;) {
    const monthStart = Date.UTC(y, m, 1) - JAKARTA_OFFSET_MS;
    const monthEnd = Date.UTC(y, m + 1, 1) - JAKARTA_OFFSET_MS;
    const from = Math.max(monthStart, start.getTime());
    const to = Math.min(monthEnd, end.getTime());
    if (from >= end.getTime()) break;
    const covered = (to - from) / (monthEnd - monthStart);
    months.push({ from, to, month: m + 1, yearShare: (monthWeights[m]! / total) * covered });
    m += 1;
    if (m === 12) [y, m] = [y + 1, 0];
  }
  return months;
}

/** An instant within [from, to), more likely in the busy hours of Jakarta's day. */
export function instantIn(rand: () => number, from: number, to: number): number {
  const hours = Object.fromEntries(hourWeights.map((w, h) => [String(h), w])) as Record<string, number>;
  for (let tries = 0; tries < 8; tries++) {
    const day =
      Math.floor((from + JAKARTA_OFFSET_MS) / DAY_MS) + Math.floor(rand() * Math.ceil((to - from) / DAY_MS + 1));
    const hour = Number(pickWeighted(rand, hours));
    const t = day * DAY_MS - JAKARTA_OFFSET_MS + hour * HOUR_MS + rand() * HOUR_MS;
    if (t >= from && t < to) return t;
  }
  return from + rand() * (to - from);
}

function pickFrom<T>(rand: () => number, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((s, i) => s + weight(i), 0);
  let r = rand() * total;
  for (const item of items) {
    r -= weight(item);
    if (r <= 0) return item;
  }
  return items[items.length - 1]!;
}

/**
 * The emergencies of the range, each with plausible delays: answered in seconds (NENA's 15 s
 * mostly kept), handed on within a minute or so, acknowledged by the polsek in under a minute
 * or two, on scene in about ten minutes, with a tail of slow ones in every step.
 */
export function planIncidents(input: HistoryInput): PlannedIncident[] {
  const { rand, kelurahan } = input;
  const perYear = input.incidentsPerYear ?? Object.values(incidentsPerYear).reduce((a, b) => a + b, 0);
  const typeWeights = incidentsPerYear as Record<IncidentType, number>;
  const byKota = new Map<string, HistoryKelurahan[]>();
  for (const k of kelurahan) byKota.set(k.kotaCode, [...(byKota.get(k.kotaCode) ?? []), k]);
  const kotaWeights = Object.fromEntries(
    Object.entries(input.kotaShares).filter(([code]) => byKota.has(code)),
  ) as Record<string, number>;
  const stationsFor = new Map<string, HistoryStation[]>();
  for (const s of input.stations)
    for (const code of s.jurisdictionCodes) stationsFor.set(code, [...(stationsFor.get(code) ?? []), s]);

  const planned: PlannedIncident[] = [];
  for (const month of monthsOf(input.start, input.end)) {
    const count = Math.round(perYear * month.yearShare);
    for (let n = 0; n < count; n++) {
      const type = pickWeighted(rand, typeWeights);
      let place: HistoryKelurahan;
      if (type === "kebakaran" && input.places.fires.size)
        place = pickFrom(rand, kelurahan, (k) => input.places.fires.get(k.code) ?? 0);
      else if (type === "banjir" && input.places.floods.size)
        place = pickFrom(rand, kelurahan, (k) => (input.places.floods.get(`${k.code}/${month.month}`) ?? 0) + 0.01);
      else place = pickFrom(rand, byKota.get(pickWeighted(rand, kotaWeights))!, () => 1);
      const stations = stationsFor.get(place.kecamatanCode) ?? input.stations;
      const rangAt = instantIn(rand, month.from, month.to);
      const answeredAt = rangAt + lognormal(rand, 6, 0.7, 1, 180) * 1000;
      const createdAt = answeredAt + lognormal(rand, 25, 0.5, 5, 600) * 1000;
      const dispatchedAt = createdAt + lognormal(rand, 20, 0.8, 2, 1800) * 1000;
      const acknowledgedAt = dispatchedAt + lognormal(rand, 35, 0.8, 3, 3600) * 1000;
      const enRouteAt = acknowledgedAt + lognormal(rand, 60, 0.7, 5, 3600) * 1000;
      const onSceneAt = enRouteAt + lognormal(rand, type === "kebakaran" ? 480 : 600, 0.5, 60, 7200) * 1000;
      planned.push({
        type,
        priority: pickWeighted(rand, priorityOf[type] as Record<Priority, number>),
        kelurahan: place,
        // Within a few hundred metres of the kelurahan's point, inside it in all but the smallest.
        lat: place.lat + (rand() - 0.5) * 0.006,
        lon: place.lon + (rand() - 0.5) * 0.006,
        station: stations[Math.floor(rand() * stations.length)]!,
        callTakerId: input.callTakerIds.length
          ? input.callTakerIds[Math.floor(rand() * input.callTakerIds.length)]!
          : null,
        rangAt,
        answeredAt,
        createdAt,
        dispatchedAt,
        acknowledgedAt,
        enRouteAt,
        onSceneAt,
        clearedAt: onSceneAt + lognormal(rand, 2400, 0.6, 300, 6 * 3600) * 1000,
      });
    }
  }
  return planned.sort((a, b) => a.rangAt - b.rangAt);
}
