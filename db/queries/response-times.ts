import { type SQL, sql } from "drizzle-orm";

import type { ResponseFigure, ResponseTimes } from "@/lib/metrics/response-times-view";
import type { ResponseGrouping, ResponseMeasure, ResponseTarget } from "@/lib/metrics/vocabulary";

import type { Executor } from "../client";

// Every step's time, from the step times the calls, incidents and assignments keep (written in
// the same transaction as the event that announces each step, so they are the log's times).
// One row per step, then percentiles per group in the database: nothing the size of the
// history crosses to the console.
//   answer           each call: ringing to answered (training calls left out)
//   processing       each incident: its first call answered (or its creation) to its first dispatch
//   acknowledgement  each assignment: dispatched to acknowledged
//   travel           each assignment: en route to on scene
//   total            each incident: its first call ringing (or its creation) to the first unit on scene

type Source = "call" | "inc" | "asg";

const HOUR = (ts: SQL) => sql`extract(hour FROM ${ts} AT TIME ZONE 'Asia/Jakarta')::int::text`;

function groupKey(grouping: ResponseGrouping, source: Source): SQL {
  switch (grouping) {
    case "kota":
      return sql`inc.kota_code`;
    case "kecamatan":
      return sql`inc.kecamatan_code`;
    case "type":
      return sql`inc.type`;
    case "priority":
      return sql`inc.priority`;
    case "polsek":
      return source === "asg" ? sql`a.station_id::text` : sql`inc.station_id::text`;
    case "call_taker":
      return source === "call" ? sql`c.call_taker_id` : sql`inc.call_taker_id`;
    case "hour":
      return source === "call" ? HOUR(sql`c.ringing_at`) : HOUR(sql`inc.started_at`);
  }
}

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

const seconds = (later: SQL, earlier: SQL) => sql`extract(epoch FROM ${later} - ${earlier})::float8`;

type Row = {
  measure: ResponseMeasure;
  overall: boolean;
  key: string | null;
  label: string | null;
  count: number | string;
  p: (number | null)[] | null;
  within: (number | string)[];
};

export async function responseTimes(
  db: Executor,
  opts: { from: Date; to: Date; groupBy: ResponseGrouping; targets: readonly ResponseTarget[] },
): Promise<ResponseTimes> {
  const { from, to, groupBy, targets } = opts;
  const key = (source: Source) => sql`coalesce(${groupKey(groupBy, source)}, '')`;
  // The steps within each distinct target, counted for every row; each measure reads its own.
  const limits = [...new Set(targets.map((t) => t.seconds))].sort((a, b) => a - b);
  const withinCols = limits.length
    ? sql.join(
        limits.map((s) => sql`count(*) FILTER (WHERE s.s <= ${s})::int`),
        sql`, `,
      )
    : sql`0`;
  const { rows } = await db.execute<Row & Record<string, unknown>>(sql`
    WITH inc AS (
      SELECT i.id, i.type, i.priority, i.kota_code, i.kecamatan_code,
             coalesce(c.rang_at, i.created_at) AS started_at,
             coalesce(c.answered_at, i.created_at) AS answered_at,
             c.call_taker_id, a.dispatched_at, a.on_scene_at, a.station_id
      FROM incidents i
      LEFT JOIN LATERAL (
        SELECT min(ringing_at) AS rang_at, min(answered_at) AS answered_at,
               (array_agg(call_taker_id ORDER BY ringing_at))[1] AS call_taker_id
        FROM calls WHERE incident_id = i.id AND NOT training
      ) c ON true
      LEFT JOIN LATERAL (
        SELECT min(dispatched_at) AS dispatched_at, min(on_scene_at) AS on_scene_at,
               (array_agg(station_id ORDER BY dispatched_at))[1] AS station_id
        FROM assignments WHERE incident_id = i.id
      ) a ON true
      WHERE i.created_at >= ${from.toISOString()} AND i.created_at < ${to.toISOString()}
        -- Training never leaks into the figures: a trainee's incidents are scored apart.
        AND i.trainee_id IS NULL
    ),
    steps AS (
      SELECT 'answer' AS measure, ${key("call")} AS key, ${seconds(sql`c.answered_at`, sql`c.ringing_at`)} AS s
      FROM calls c LEFT JOIN inc ON inc.id = c.incident_id
      WHERE c.ringing_at >= ${from.toISOString()} AND c.ringing_at < ${to.toISOString()}
        AND c.answered_at IS NOT NULL AND NOT c.training
      UNION ALL
      SELECT 'processing', ${key("inc")}, ${seconds(sql`inc.dispatched_at`, sql`inc.answered_at`)}
      FROM inc WHERE inc.dispatched_at IS NOT NULL
      UNION ALL
      SELECT 'acknowledgement', ${key("asg")}, ${seconds(sql`a.acknowledged_at`, sql`a.dispatched_at`)}
      FROM assignments a JOIN inc ON inc.id = a.incident_id WHERE a.acknowledged_at IS NOT NULL
      UNION ALL
      SELECT 'travel', ${key("asg")}, ${seconds(sql`a.on_scene_at`, sql`a.en_route_at`)}
      FROM assignments a JOIN inc ON inc.id = a.incident_id WHERE a.on_scene_at IS NOT NULL AND a.en_route_at IS NOT NULL
      UNION ALL
      SELECT 'total', ${key("inc")}, ${seconds(sql`inc.on_scene_at`, sql`inc.started_at`)}
      FROM inc WHERE inc.on_scene_at IS NOT NULL
    ),
    g AS (
      SELECT s.measure, s.key, grouping(s.key) = 1 AS overall, count(*)::int AS count,
             percentile_cont(ARRAY[0.5, 0.9, 0.95]::float8[]) WITHIN GROUP (ORDER BY s.s) AS p,
             ARRAY[${withinCols}] AS within
      FROM steps s
      GROUP BY GROUPING SETS ((s.measure, s.key), (s.measure))
    )
    SELECT g.measure, g.overall, CASE WHEN g.overall THEN NULL ELSE g.key END AS key,
           CASE WHEN g.overall THEN NULL ELSE ${groupLabel(groupBy)} END AS label,
           g.count, g.p, g.within
    FROM g ORDER BY g.measure, g.key`);
  const figures = rows.map((r): ResponseFigure & { overall: boolean } => {
    const count = Number(r.count);
    const within = r.within.map(Number);
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
    from: from.toISOString(),
    to: to.toISOString(),
    groupBy,
    overall: figures.filter((f) => f.overall).map(strip),
    groups: figures.filter((f) => !f.overall).map(strip),
  };
}
