import { z } from "zod";

import { callClassifications } from "@/lib/calls/vocabulary";

const seconds = z.number().nullable().describe("seconds from the ring; null: never happened");
const right = z.boolean().nullable().describe("null: the scenario does not ask it");

/** One training call's score, computed from the event log (lib/training/score-call.ts). */
export const trainingScoreSchema = z.object({
  trainingCallId: z.number().int(),
  sessionId: z.number().int(),
  traineeId: z.string(),
  scenarioId: z.string(),
  callId: z.number().int().nullable(),
  incidentId: z.number().int().nullable(),
  rangAt: z.string().nullable(),
  answerS: seconds,
  /** To the first incident placed right (within 200 m, or in the right kelurahan). */
  placeS: seconds,
  placeCorrect: right,
  placeErrorM: z.number().nullable(),
  typeCorrect: right,
  priorityCorrect: right,
  classificationExpected: z.enum(callClassifications),
  classificationGiven: z.enum(callClassifications).nullable(),
  /** Prank, duplicate, cut-off or emergency recognised as such. */
  classificationCorrect: z.boolean(),
  dispatchS: seconds,
  stationExpected: z.string().nullable(),
  stationGiven: z.string().nullable(),
  stationCorrect: right,
  /** Ring to hand-on: the first dispatch, or the classification of a call that needs none. */
  handledS: seconds,
  within30s: z.boolean(),
});
export type TrainingScore = z.infer<typeof trainingScoreSchema>;
