import { z } from "zod";

import { responseGroupings, responseMeasures } from "./vocabulary";

/** One measure's figures for one group (or, with `key` null, over every group). */
export const responseFigureSchema = z.object({
  measure: z.enum(responseMeasures),
  /** The group's key (a BPS code, a station id, a type, an hour); null in the overall row; "" when unknown. */
  key: z.string().nullable(),
  /** The group's name for the screen: an area's, a station's, a call-taker's; the key otherwise. */
  label: z.string().nullable(),
  count: z.number().int(),
  p50: z.number().nullable(),
  p90: z.number().nullable(),
  p95: z.number().nullable(),
  /** For each target of the measure, the share of steps within it. */
  withinTargets: z.array(z.object({ seconds: z.number(), required: z.number(), share: z.number().nullable() })),
});
export type ResponseFigure = z.infer<typeof responseFigureSchema>;

export const responseTimesSchema = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(responseGroupings),
  overall: z.array(responseFigureSchema),
  groups: z.array(responseFigureSchema),
});
export type ResponseTimes = z.infer<typeof responseTimesSchema>;
