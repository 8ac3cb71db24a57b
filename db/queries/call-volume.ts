import { sql } from "drizzle-orm";

import type { CallVolume, VolumeClass } from "@/lib/metrics/call-volume-view";

import type { Executor } from "../client";

// Training calls are the console's own drills, never the public's: left out of every count.
const ABANDONED = sql`(c.status IN ('abandoned', 'no_answer') OR c.classification = 'abandoned')`;

export async function callVolume(db: Executor, range: { from: Date; to: Date }): Promise<CallVolume> {
  const from = range.from.toISOString();
  const to = range.to.toISOString();
  const inRange = sql`c.ringing_at >= ${from} AND c.ringing_at < ${to} AND NOT c.training`;
  // Grouped by the date, written out once per day: to_char for every call of the range cost
  // more than the counting.
  const { rows: days } = await db.execute<{ day: string; class: VolumeClass; n: number }>(sql`
    SELECT to_char(d.day, 'YYYY-MM-DD') AS day, d.class, d.n
    FROM (
      SELECT (c.ringing_at AT TIME ZONE 'Asia/Jakarta')::date AS day,
             coalesce(c.classification, CASE WHEN ${ABANDONED} THEN 'abandoned' ELSE 'unclassified' END) AS class,
             count(*)::int AS n
      FROM calls c WHERE ${inRange}
      GROUP BY 1, 2
    ) d
    ORDER BY d.day`);
  const { rows: pranks } = await db.execute<{ caller_number: string; pranks: number; last_at: string }>(sql`
    SELECT c.caller_number, count(*)::int AS pranks,
           to_char(max(c.ringing_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS last_at
    FROM calls c WHERE ${inRange} AND c.classification = 'prank'
    GROUP BY c.caller_number ORDER BY pranks DESC, c.caller_number LIMIT 10`);
  // date_part is float8 arithmetic; extract() would compute a numeric for every abandoned call.
  const { rows: cb } = await db.execute<{ abandoned: number; called_back: number; median: number | null }>(sql`
    SELECT count(*)::int AS abandoned, count(c.called_back_at)::int AS called_back,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', c.called_back_at - coalesce(c.ended_at, c.ringing_at)))
             FILTER (WHERE c.called_back_at IS NOT NULL) AS median
    FROM calls c WHERE ${inRange} AND ${ABANDONED}`);
  const perDay = new Map<string, Partial<Record<VolumeClass, number>>>();
  for (const r of days) perDay.set(r.day, { ...perDay.get(r.day), [r.class]: Number(r.n) });
  const { abandoned = 0, called_back = 0, median = null } = cb[0] ?? {};
  return {
    from,
    to,
    perDay: [...perDay].map(([day, counts]) => ({ day, counts })),
    prankCallers: pranks.map((r) => ({ callerNumber: r.caller_number, pranks: Number(r.pranks), lastAt: r.last_at })),
    callbacks: {
      abandoned: Number(abandoned),
      calledBack: Number(called_back),
      rate: abandoned ? Number(called_back) / Number(abandoned) : null,
      medianSeconds: median === null ? null : Number(median),
    },
  };
}
