export const trainingSessionStatuses = ["running", "ended"] as const;
export type TrainingSessionStatus = (typeof trainingSessionStatuses)[number];

/** Jakarta Siaga 112's own standard: received, recorded, ticketed and handed on within 30 s. */
export const HANDLED_WITHIN_S = 30;
/** A place is right within this distance of the true one (or in the right kelurahan). */
export const PLACE_TOLERANCE_M = 200;
