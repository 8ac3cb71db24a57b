import { z } from "zod";

import { responseGroupings } from "@/lib/metrics/vocabulary";

const DAY_MS = 86_400_000;

const rangeShape = {
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
};

type RangeQuery = { from?: string | undefined; to?: string | undefined };

/** The range a query asks for: the 30 days before `to` (now unless given) unless `from` is given. */
export function resolveRange(q: RangeQuery, now: Date): { from: Date; to: Date } {
  const to = q.to ? new Date(q.to) : now;
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - 30 * DAY_MS);
  return { from, to };
}

// `to` after `from`, at most two years apart: the longest a supervisor reviews at once.
const rangeOk = (q: RangeQuery) =>
  !q.from ||
  !q.to ||
  (Date.parse(q.to) > Date.parse(q.from) && Date.parse(q.to) - Date.parse(q.from) <= 2 * 366 * DAY_MS);
const rangeMessage = { message: "to must be after from, and at most two years after it", path: ["to"] };

export const timeRangeQuerySchema = z.object(rangeShape).refine(rangeOk, rangeMessage);

export const responseTimesQuerySchema = z
  .object({ ...rangeShape, groupBy: z.enum(responseGroupings).default("kota") })
  .refine(rangeOk, rangeMessage);
