import type { Db } from "@/db";
import {
  insertBackgroundCalls,
  insertPlannedIncidents,
  readHistoryContext,
  vacuumHistoryTables,
} from "@/db/queries/insert-history";
import { seededRandom } from "@/lib/random";

import { historyEvents, historyIncidentNumber } from "./history-events";
import { readPlaceWeights } from "./place-weights";
import { monthsOf, planIncidents } from "./plan-history";
import { CALLS_PER_YEAR, callShares, kotaShares } from "./report-2024";

export interface HistoryOptions {
  months: number;
  /** The instant the history ends at (now, for the command). */
  end: Date;
  seed: number;
  /** Emergencies per year; about 6,600 as in 2024 unless a benchmark wants more. */
  incidentsPerYear?: number;
  /** Calls per year, 637,292 as in 2024. */
  callsPerYear?: number;
  /** Write the incidents' events to the log (on by default). */
  events?: boolean;
  log?: (line: string) => void;
}

export interface HistorySummary {
  incidents: number;
  calls: number;
  events: number;
  unmatchedPlaces: number;
  seconds: number;
}

/** Generates the history of the months before `end`: every row marked generated, no event broadcast. */
export async function generateHistory(db: Db, opts: HistoryOptions): Promise<HistorySummary> {
  const started = performance.now();
  const log = opts.log ?? (() => {});
  const end = opts.end;
  const start = new Date(end);
  start.setUTCMonth(start.getUTCMonth() - opts.months);
  const context = await readHistoryContext(db);
  if (context.kelurahan.length === 0 || context.stations.length === 0)
    throw new Error("The database has no kelurahan or no polsek: start the console once to load Jakarta.");
  const places = readPlaceWeights(context.kelurahan);
  const rand = seededRandom(opts.seed);
  const planned = planIncidents({
    start,
    end,
    ...context,
    places,
    kotaShares,
    rand,
    ...(opts.incidentsPerYear === undefined ? {} : { incidentsPerYear: opts.incidentsPerYear }),
  });
  log(`Writing ${planned.length.toLocaleString("en")} incidents with their calls, assignments and events.`);
  const events = await insertPlannedIncidents(db, planned, {
    numberFor: historyIncidentNumber,
    eventsFor: (opts.events ?? true) ? historyEvents : undefined,
  });
  const perYear = opts.callsPerYear ?? CALLS_PER_YEAR;
  const share = callShares.abandoned + callShares.prank + callShares.info + callShares.duplicate;
  let calls = planned.length;
  for (const [n, month] of monthsOf(start, end).entries()) {
    const emergencies = planned.filter((p) => p.rangAt >= month.from && p.rangAt < month.to).length;
    const count = Math.max(0, Math.round(perYear * month.yearShare) - emergencies);
    await insertBackgroundCalls(db, {
      from: month.from,
      to: month.to,
      count,
      callTakerIds: context.callTakerIds,
      shares: {
        abandoned: callShares.abandoned / share,
        prank: callShares.prank / share,
        info: callShares.info / share,
      },
      seed: ((opts.seed * 7919 + n) % 1000) / 1000,
    });
    calls += count;
    log(
      `  ${new Date(month.from + 7 * 3_600_000).toISOString().slice(0, 7)}: ${count.toLocaleString("en")} other calls`,
    );
  }
  await vacuumHistoryTables(db);
  return {
    incidents: planned.length,
    calls,
    events,
    unmatchedPlaces: places.unmatched,
    seconds: (performance.now() - started) / 1000,
  };
}
