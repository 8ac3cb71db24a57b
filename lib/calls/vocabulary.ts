// What a call can be and how a call-taker closes it: shared by the schema, the API and the screens.
export const callClassifications = ["emergency", "prank", "abandoned", "info", "duplicate"] as const;
export type CallClassification = (typeof callClassifications)[number];

export const callStatuses = [
  "ringing",
  "in_progress",
  "completed",
  "no_answer",
  "busy",
  "failed",
  "abandoned",
] as const;
export type CallStatus = (typeof callStatuses)[number];
