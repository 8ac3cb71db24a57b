import { type SQL, sql } from "drizzle-orm";

import type { ResponseFigure, ResponseTimes } from "@/lib/metrics/response-times-view";
import type { ResponseGrouping, ResponseMeasure, ResponseTarget } from "@/lib/metrics/vocabulary";

import type { Executor } from "../client";

// Every step's time, from the step times the calls and assignments keep and each incident's
// first steps kept on its own row (migration 0019: worked out by triggers on calls and
// assignments, in the transaction that changes them):
//   answer           each call: ringing to answered (training calls left out)
//   processing       each incident: the first answer among its calls (or its creation) to its
//                    first dispatch (a station called off later counts: it was handed on then)
//   acknowledgement  each assignment: dispatched to acknowledged
//   travel           each assignment: en route to on scene
//   total            each incident: its first call ringing (or its creation) to the first unit on scene
// A range reads the range of calls (by ringing), of incidents (by creation) and of their
// assignments (by their incident's creation, which each keeps), never a lookup per incident.
// Three passes (calls; incidents; assignments), each sorted once by group for the percentiles
// of its measures: nothing the size of the history crosses to the console.

const HOUR = (ts: SQL) => sql`extract(hour FROM ${ts} AT TIME ZONE 'Asia/Jakarta')::int::text`;

/** The group an incident falls in (its steps, and its calls' and assignments' unless they say otherwise). */
function incidentKey(grouping: ResponseGrouping): SQL {
  switch (grouping) {
    case "kota":
      return sql`i.kota_code`;
    case "kecamatan":
      return sql`i.kecamatan_code`;
    case "type":
      return sql`i.type`;
    case "priority":
      return sql`i.priority`;
    case "polsek":
      return sql`i.first_station_id::text`;
    case "call_taker":
      return sql`i.first_call_taker_id`;
    case "hour":
      return HOUR(sql`coalesce(i.first_rang_at, i.created_at)`);
  }
}

/** A call's own group where it has one (its call-taker, its hour), else its incident's; null when it needs none. */
const callKey = (grouping: ResponseGrouping): SQL | null =>
  grouping === "call_taker" ? sql`c.call_taker_id` : grouping === "hour" ? HOUR(sql`c.ringing_at`) : null;

function groupLabel(grouping: ResponseGrouping): SQL {
  switch (grouping) {
    case "kota":
    case "kecamatan":
      return sql`(SELECT name FROM areas WHERE code = g.key)`;
    case "polsek":
      return sql`(SELECT name FROM stations WHERE id::text = g.key)`;
    case "call_taker":
      return sql`(SELECT name FROM "user" WHERE id = g.key)`;
    default:
      return sql`g.key`;
  }
}

// date_part is float8 arithmetic; extract() would compute a numeric for every step of the month.
const seconds = (later: SQL, earlier: SQL) => sql`date_part('epoch', ${later} - ${earlier})`;

/** Each measure's own target seconds, distinct and in order: `within` counts them in this order. */
const limitsOf = (targets: readonly ResponseTarget[], measure: ResponseMeasure) =>
  [...new Set(targets.filter((t) => t.measure === measure).map((t) => t.seconds))].sort((a, b) => a - b);

// One pass over rows of (key, s0, s1, ...), one step column per measure (null where that step
// did not happen): per group and overall, each measure's count, percentiles and counts within
// its own targets, then one row per measure and group that has any step.
function pass(rows: SQL, measures: readonly ResponseMeasure[], targets: readonly ResponseTarget[]): SQL {
  const columns = measures.map((measure, n) => {
    const s = sql.raw(`r.s${n}`);
    const within = limitsOf(targets, measure).map((limit) => sql`count(*) FILTER (WHERE ${s} <= ${limit})::int`);
    return sql`count(${s})::int AS ${sql.raw(`c${n}`)},
      percentile_cont(ARRAY[0.5, 0.9, 0.95]::float8[]) WITHIN GROUP (ORDER BY ${s}) AS ${sql.raw(`p${n}`)},
      ARRAY[${sql.join(within, sql`, `)}]::int[] AS ${sql.raw(`w${n}`)}`;
  });
  const unpivot = measures.map((measure, n) => sql`(${measure}::text, ${sql.raw(`x.c${n}, x.p${n}, x.w${n}`)})`);
  return sql`
    SELECT m.measure, x.overall, x.key, m.count, m.p, m.within
    FROM (
      SELECT grouping(r.key) = 1 AS overall, r.key, ${sql.join(columns, sql`, `)}
      FROM (${rows}) r
      GROUP BY GROUPING SETS ((r.key), ())
    ) x
    CROSS JOIN LATERAL (VALUES ${sql.join(unpivot, sql`, `)}) m(measure, count, p, within)
    WHERE m.count > 0`;
}

type Row = {
  measure: ResponseMeasure;
  overall: boolean;
  key: string | null;
  label: string | null;
  count: number | string;
  p: (number | null)[] | null;
  within: (number | string)[];
};

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function responseTimes(
  db: Executor,
  opts: { from: Date; to: Date; groupBy: ResponseGrouping; targets: readonly ResponseTarget[] },
): Promise<ResponseTimes> {
  const { from, to, groupBy, targets } = opts;
  const [since, until] = [from.toISOString(), to.toISOString()];
  const ofCall = callKey(groupBy);
  const answers = pass(
    sql`SELECT coalesce(${ofCall ?? sql`inc.key`}, '') AS key, ${seconds(sql`c.answered_at`, sql`c.ringing_at`)} AS s0
        FROM calls c ${ofCall ? sql`` : sql`LEFT JOIN inc ON inc.id = c.incident_id`}
        WHERE c.ringing_at >= ${since} AND c.ringing_at < ${until} AND c.answered_at IS NOT NULL AND NOT c.training`,
    ["answer"],
    targets,
  );
  const incidentSteps = pass(
    sql`SELECT inc.key, inc.processing AS s0, inc.total AS s1 FROM inc`,
    ["processing", "total"],
    targets,
  );
  const assignmentSteps = pass(
    sql`SELECT ${groupBy === "polsek" ? sql`a.station_id::text` : sql`inc.key`} AS key,
               ${seconds(sql`a.acknowledged_at`, sql`a.dispatched_at`)} AS s0,
               ${seconds(sql`a.on_scene_at`, sql`a.en_route_at`)} AS s1
        FROM assignments a JOIN inc ON inc.id = a.incident_id
        WHERE a.incident_created_at >= ${since} AND a.incident_created_at < ${until}`,
    ["acknowledgement", "travel"],
    targets,
  );
  // The three passes at once, each in its own transaction: on PostgreSQL each has a connection
  // of the pool and a core to itself, and the month's figures cost the slowest pass rather
  // than the sum of the three (PGlite runs them one after the other).
  const read = (steps: SQL) =>
    db.transaction(async (tx) => {
      // JIT compiling this statement costs PostgreSQL more (0.9 s at 1,000,000 incidents) than
      // running it; a month's steps sort in memory with room to spare.
      await tx.execute(sql`SET LOCAL jit = off`);
      await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
      const { rows } = await tx.execute<Row & Record<string, unknown>>(sql`
        WITH inc AS (
          SELECT i.id, coalesce(${incidentKey(groupBy)}, '') AS key,
                 ${seconds(sql`i.first_dispatched_at`, sql`coalesce(i.first_answered_at, i.created_at)`)} AS processing,
                 ${seconds(sql`i.first_on_scene_at`, sql`coalesce(i.first_rang_at, i.created_at)`)} AS total
          FROM incidents i
          WHERE i.created_at >= ${since} AND i.created_at < ${until}
            -- Training never leaks into the figures: a trainee's incidents are scored apart.
            AND i.trainee_id IS NULL
        ),
        g AS (${steps})
        SELECT g.measure, g.overall, CASE WHEN g.overall THEN NULL ELSE g.key END AS key,
               CASE WHEN g.overall THEN NULL ELSE ${groupLabel(groupBy)} END AS label,
               g.count, g.p, g.within
        FROM g`);
      return rows;
    });
  const rows = (await Promise.all([answers, incidentSteps, assignmentSteps].map(read)))
    .flat()
    .sort((x, y) => order(x.measure, y.measure) || order(x.key ?? "", y.key ?? ""));
  const figures = rows.map((r): ResponseFigure & { overall: boolean } => {
    const count = Number(r.count);
    const within = r.within.map(Number);
    const limits = limitsOf(targets, r.measure);
    return {
      overall: r.overall,
      measure: r.measure,
      key: r.key,
      label: r.label ?? r.key,
      count,
      p50: r.p?.[0] ?? null,
      p90: r.p?.[1] ?? null,
      p95: r.p?.[2] ?? null,
      withinTargets: targets
        .filter((t) => t.measure === r.measure)
        .map((t) => ({
          seconds: t.seconds,
          required: t.share,
          share: count ? within[limits.indexOf(t.seconds)]! / count : null,
        })),
    };
  });
  const strip = ({ overall: _overall, ...f }: ResponseFigure & { overall: boolean }) => f;
  return {
    from: since,
    to: until,
    groupBy,
    overall: figures.filter((f) => f.overall).map(strip),
    groups: figures.filter((f) => !f.overall).map(strip),
  };
}
