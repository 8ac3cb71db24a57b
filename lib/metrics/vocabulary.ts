// The steps a response is timed by, and what the figures may be grouped by: shared by the
// query, the API and the supervisor's screen.
export const responseMeasures = ["answer", "processing", "acknowledgement", "travel", "total"] as const;
export type ResponseMeasure = (typeof responseMeasures)[number];

export const responseGroupings = ["kota", "kecamatan", "polsek", "type", "priority", "call_taker", "hour"] as const;
export type ResponseGrouping = (typeof responseGroupings)[number];

/** A target: this share (0 to 1) of the step within this many seconds. */
export interface ResponseTarget {
  measure: ResponseMeasure;
  seconds: number;
  share: number;
}
